#include "FuzzMain.h"

#include <QCoreApplication>
#include <QLoggingCategory>

// libFuzzer calls it once, before the first input, in every target.
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.warning=false"));
    return 0;
}

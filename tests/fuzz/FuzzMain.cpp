#include "FuzzMain.h"

#include <QCoreApplication>
#include <QLoggingCategory>

void kamerlezerFuzzSetUp(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.warning=false"));
}

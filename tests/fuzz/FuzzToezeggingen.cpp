// Toezegging detection and the deadline parser, on any text: every sentence found lies in the text, its deadline
// phrase in its sentence.
#include "FuzzMain.h"
#include "toezeggingen/DeadlineParser.h"
#include "toezeggingen/ToezeggingDetector.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(fuzzInput(data, size));
    static const kl::ToezeggingDetector detector;
    for (const kl::DetectedToezegging& t : detector.detect(text, QDate(2024, 11, 15))) {
        if (t.start < 0 || t.end > text.size() || t.end <= t.start || t.sentence.isEmpty())
            __builtin_trap();
        if (t.deadline.found() && (t.deadline.start < 0 || t.deadline.start >= t.sentence.size()))
            __builtin_trap();
    }
    const kl::Deadline d = kl::DeadlineParser().find(text, QDate(2024, 11, 15));
    if (d.found() && text.mid(d.start, d.phrase.size()) != d.phrase)
        __builtin_trap();
    return 0;
}

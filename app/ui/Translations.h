#pragma once

#include <QString>

class QDate;

namespace kl {

// The language of the interface: Kamerlezer's own translations (kamerlezer_<lang>.qm, in the resources under
// :/i18n) and Qt's (qtbase_<lang>.qm), installed on the application, and the default QLocale to match, so dates
// and numbers follow the interface. Used by main() and by the tests.
class Translations {
public:
    // The language for this start: `requested` (from --lang) when given, else the one chosen in Preferences, else
    // the system's.
    static QString chooseLanguage(const QString& requested);
    // Installs the translators of `language` ("nl", "en", "nl_NL"…), replacing those installed before, and makes
    // its QLocale the default. Returns whether Kamerlezer's own translation was found.
    static bool install(const QString& language);
    // Removes the translators installed by install().
    static void remove();

    // The language chosen in Preferences: "nl", "en", or empty for the system's.
    static QString preferredLanguage();
    static void setPreferredLanguage(const QString& language);

    // A date as the interface writes it in running text: "19 september 2024", "19 September 2024".
    static QString longDate(const QDate& date);
};

} // namespace kl

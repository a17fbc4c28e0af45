#include "Translations.h"

#include <QCoreApplication>
#include <QDate>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace kl {

namespace {
const QString kLanguageKey = QStringLiteral("interface/language");

QPointer<QTranslator>& ownTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator>& qtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}
} // namespace

QString Translations::chooseLanguage(const QString& requested)
{
    if (!requested.isEmpty())
        return requested;
    const QString preferred = preferredLanguage();
    return preferred.isEmpty() ? QLocale::system().name() : preferred;
}

bool Translations::install(const QString& language)
{
    remove();
    const QLocale locale(language);
    QLocale::setDefault(locale);
    auto* own = new QTranslator(QCoreApplication::instance());
    const QStringList folders{QStringLiteral(":/i18n"), QCoreApplication::applicationDirPath(),
                              QCoreApplication::applicationDirPath() +
                                  QStringLiteral("/../share/kamerlezer/translations")};
    bool found = false;
    for (const QString& folder : folders)
        if (own->load(locale, QStringLiteral("kamerlezer"), QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(own);
            ownTranslator() = own;
            found = true;
            break;
        }
    // Other languages get the English texts: their plural forms ("1 document", "4 documents") live in the
    // English translation, not in the source strings ("%n document(s)").
    for (int i = 0; !found && i < folders.size(); ++i)
        if (own->load(QStringLiteral("kamerlezer_en"), folders[i])) {
            QCoreApplication::installTranslator(own);
            ownTranslator() = own;
            break;
        }
    if (!ownTranslator())
        delete own;
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator() = qt;
    } else {
        delete qt;
    }
    return found;
}

void Translations::remove()
{
    for (QPointer<QTranslator>* translator : {&ownTranslator(), &qtTranslator()}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete translator->data();
        }
        *translator = nullptr;
    }
}

QString Translations::preferredLanguage()
{
    return QSettings().value(kLanguageKey).toString();
}

void Translations::setPreferredLanguage(const QString& language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, language);
}

QString Translations::longDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

} // namespace kl

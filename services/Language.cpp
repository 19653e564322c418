#include "services/Language.h"

#include "services/Logging.h"

#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

QPointer<QTranslator> s_otxdesk;
QPointer<QTranslator> s_qt;

void remove(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

QList<Language::Choice> Language::choices()
{
    return {{QString(), tr("System language")},
            {u"en"_s, u"English"_s},
            {u"pt_BR"_s, u"Português (Brasil)"_s}};
}

QLocale Language::localeFor(const QString &chosen)
{
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

bool Language::install(const QString &chosen, const QString &folder)
{
    remove(s_otxdesk);
    remove(s_qt);
    const QLocale locale = localeFor(chosen);
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        return true; // the source language
    }
    auto *otxdesk = new QTranslator(QCoreApplication::instance());
    if (!otxdesk->load(locale, u"otxdesk"_s, u"_"_s, folder)) {
        delete otxdesk;
        qCInfo(lcSettings) << "No otxdesk translation for this language; English is used."
                           << "language:" << locale.name();
        return false;
    }
    QCoreApplication::installTranslator(otxdesk);
    s_otxdesk = otxdesk;
    // Qt's own strings (standard buttons, dialogs), when Debian's qt6-translations-l10n is
    // installed.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        s_qt = qt;
    } else {
        delete qt;
    }
    return true;
}

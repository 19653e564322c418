#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

/// The interface languages otxdesk ships and how one is chosen: the analyst's choice in
/// Settings, else the system locale; English is the source language.
class Language
{
    Q_DECLARE_TR_FUNCTIONS(Language)

public:
    struct Choice
    {
        QString code; ///< "pt_BR"; empty for the system's language
        QString name; ///< in its own language, such as "Português (Brasil)"
    };

    /// The choices Settings offers, the system's first.
    static QList<Choice> choices();
    /// The locale the interface uses for `chosen` (a code from choices(), or empty).
    static QLocale localeFor(const QString &chosen);
    /// Loads otxdesk's translation (and Qt's own, where installed) for `chosen` from
    /// `folder` (the embedded ":/i18n" by default) and installs it in the application,
    /// replacing one installed earlier. False when `chosen` is not English and no translation
    /// for it was found.
    static bool install(const QString &chosen, const QString &folder = QStringLiteral(":/i18n"));
};

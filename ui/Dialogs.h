#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>
#include <QVariant>

#include <functional>

class QObject;
class QWidget;

/// The one way the UI asks the analyst something or opens something outside the app, so that
/// tests can answer instead of a person (STYLE section 8).
///
/// Questions do not block: the answer arrives in a callback, run on `context` (and dropped when
/// `context` is gone), so no nested event loop runs on the GUI thread while a click can arrive.
/// Messages shown before the application's event loop starts (start-up faults) block, as there
/// is nothing else to serve yet.
class Dialogs
{
    Q_DECLARE_TR_FUNCTIONS(Dialogs)

public:
    enum class Kind
    {
        Information,
        Warning,
        Critical,
        Question,
        TextInput,
    };

    /// What a test sees of a dialog that would have been shown.
    struct Shown
    {
        Kind kind;
        QString title;
        QString text;
        QString detail;
    };

    static void information(QWidget *parent,
                            const QString &title,
                            const QString &text,
                            const QString &detail = {});
    static void warning(QWidget *parent,
                        const QString &title,
                        const QString &text,
                        const QString &detail = {});
    static void critical(QWidget *parent,
                         const QString &title,
                         const QString &text,
                         const QString &detail = {});

    /// A decision between two named buttons; `onAnswer(true)` when the analyst chose `yesText`,
    /// false for `noText` or closing the dialog.
    static void ask(QWidget *parent,
                    const QString &title,
                    const QString &text,
                    const QString &yesText,
                    const QString &noText,
                    QObject *context,
                    std::function<void(bool)> onAnswer);

    /// One line of text; `onAccepted` runs only when the analyst accepts.
    static void askText(QWidget *parent,
                        const QString &title,
                        const QString &label,
                        const QString &initialText,
                        QObject *context,
                        std::function<void(const QString &)> onAccepted);

    /// Opens a web page in the analyst's browser.
    static bool openUrl(const QUrl &url);

    // Test hooks. In test mode nothing is shown or opened: messages and URLs are recorded, and
    // questions take the next queued answer (a bool for ask(), a QString for askText(), an
    // invalid QVariant to decline). With no answer queued, questions are declined.
    static void setTestMode(bool enabled);
    static bool isTestMode();
    static void setTestAnswer(const QVariant &answer);
    static QList<Shown> takeShown();
    static QList<QUrl> takeOpenedUrls();
};

#include "ui/Dialogs.h"

#include "ui/Logging.h"

#include <QDesktopServices>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QThread>

namespace {

bool s_testMode = false;
QList<QVariant> s_answers;
QList<Dialogs::Shown> s_shown;
QList<QUrl> s_openedUrls;

QVariant nextAnswer()
{
    return s_answers.isEmpty() ? QVariant() : s_answers.takeFirst();
}

// Runs `f` on `context` from the event loop, unless `context` is gone by then.
void deliver(QObject *context, std::function<void()> f)
{
    QMetaObject::invokeMethod(context, std::move(f), Qt::QueuedConnection);
}

void showMessage(QMessageBox::Icon icon,
                 Dialogs::Kind kind,
                 QWidget *parent,
                 const QString &title,
                 const QString &text,
                 const QString &detail)
{
    if (s_testMode) {
        s_shown.append({kind, title, text, detail});
        return;
    }
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!detail.isEmpty()) {
        box->setDetailedText(detail);
    }
    // Before the application's event loop runs (start-up faults) there is nothing else to serve:
    // block until read. Afterwards, show it window-modal and return.
    if (QThread::currentThread()->loopLevel() == 0) {
        box->exec();
    } else {
        box->open();
    }
}

} // namespace

void Dialogs::information(QWidget *parent,
                          const QString &title,
                          const QString &text,
                          const QString &detail)
{
    showMessage(QMessageBox::Information, Kind::Information, parent, title, text, detail);
}

void Dialogs::warning(QWidget *parent,
                      const QString &title,
                      const QString &text,
                      const QString &detail)
{
    showMessage(QMessageBox::Warning, Kind::Warning, parent, title, text, detail);
}

void Dialogs::critical(QWidget *parent,
                       const QString &title,
                       const QString &text,
                       const QString &detail)
{
    showMessage(QMessageBox::Critical, Kind::Critical, parent, title, text, detail);
}

void Dialogs::ask(QWidget *parent,
                  const QString &title,
                  const QString &text,
                  const QString &yesText,
                  const QString &noText,
                  QObject *context,
                  std::function<void(bool)> onAnswer)
{
    if (s_testMode) {
        s_shown.append({Kind::Question, title, text, {}});
        const bool yes = nextAnswer().toBool();
        deliver(context, [onAnswer = std::move(onAnswer), yes] { onAnswer(yes); });
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(yesText, QMessageBox::AcceptRole);
    QPushButton *no = box->addButton(noText, QMessageBox::RejectRole);
    box->setDefaultButton(yes);
    box->setEscapeButton(no);
    QObject::connect(
            box,
            &QMessageBox::finished,
            context,
            [box, yes, onAnswer = std::move(onAnswer)] { onAnswer(box->clickedButton() == yes); });
    box->open();
}

void Dialogs::askText(QWidget *parent,
                      const QString &title,
                      const QString &label,
                      const QString &initialText,
                      QObject *context,
                      std::function<void(const QString &)> onAccepted)
{
    if (s_testMode) {
        s_shown.append({Kind::TextInput, title, label, {}});
        const QVariant answer = nextAnswer();
        if (answer.isValid()) {
            deliver(context, [onAccepted = std::move(onAccepted), text = answer.toString()] {
                onAccepted(text);
            });
        }
        return;
    }
    auto *dialog = new QInputDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(initialText);
    dialog->resize(std::max(dialog->sizeHint().width(), 480), dialog->sizeHint().height());
    QObject::connect(
            dialog,
            &QInputDialog::textValueSelected,
            context,
            [onAccepted = std::move(onAccepted)](const QString &text) { onAccepted(text); });
    dialog->open();
}

bool Dialogs::openUrl(const QUrl &url)
{
    if (s_testMode) {
        s_openedUrls.append(url);
        return true;
    }
    if (!QDesktopServices::openUrl(url)) {
        qCWarning(lcUi) << "Could not open a link in the browser."
                        << "scheme:" << url.scheme() << "host:" << url.host();
        return false;
    }
    return true;
}

void Dialogs::setTestMode(bool enabled)
{
    s_testMode = enabled;
    s_answers.clear();
    s_shown.clear();
    s_openedUrls.clear();
}

bool Dialogs::isTestMode()
{
    return s_testMode;
}

void Dialogs::setTestAnswer(const QVariant &answer)
{
    s_answers.append(answer);
}

QList<Dialogs::Shown> Dialogs::takeShown()
{
    return std::exchange(s_shown, {});
}

QList<QUrl> Dialogs::takeOpenedUrls()
{
    return std::exchange(s_openedUrls, {});
}

#include "ui/TrayIcon.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
{
    setRunningJobs({});
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        return;
    }
    m_menu = std::make_unique<QMenu>();
    m_jobs = m_menu->addAction(m_toolTip);
    m_jobs->setEnabled(false);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("&Show otxdesk")),
            &QAction::triggered,
            this,
            &TrayIcon::showRequested);
    connect(m_menu->addAction(tr("S&ync now")),
            &QAction::triggered,
            this,
            &TrayIcon::syncRequested);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("&Quit")), &QAction::triggered, this, &TrayIcon::quitRequested);
    m_icon = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_icon->setContextMenu(m_menu.get());
    m_icon->setToolTip(m_toolTip);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick) {
            emit showRequested();
        }
    });
    m_icon->show();
}

TrayIcon::~TrayIcon() = default;

void TrayIcon::setRunningJobs(const QStringList &jobs)
{
    m_toolTip = jobs.isEmpty() ? tr("otxdesk: no job running")
                               : tr("otxdesk: %n job(s) running: %1", nullptr, int(jobs.size()))
                                         .arg(jobs.join(u", "_s));
    if (m_icon) {
        m_icon->setToolTip(m_toolTip);
        m_jobs->setText(m_toolTip);
    }
}

void TrayIcon::notify(const QString &title, const QString &text)
{
    if (m_icon && QSystemTrayIcon::supportsMessages()) {
        m_icon->showMessage(title, text, QSystemTrayIcon::Information);
    }
    emit notified(title, text);
}

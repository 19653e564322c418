#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

/// otxdesk in the system tray while it runs: the tooltip and menu list the running jobs, the
/// menu shows the window, syncs or quits, and scheduled work reports through desktop
/// notifications. Where the desktop has no tray, notifications go to `notified` only (the
/// window shows them in its status bar).
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    /// Whether the desktop shows tray icons (a window may then hide into it).
    bool isAvailable() const { return m_icon != nullptr; }
    /// The jobs running now, by their names; empty when none runs.
    void setRunningJobs(const QStringList &jobs);
    QString toolTip() const { return m_toolTip; }
    /// A desktop notification.
    void notify(const QString &title, const QString &text);

signals:
    void showRequested();
    void syncRequested();
    void quitRequested();
    /// A notification was given (tests, and the window's status bar).
    void notified(const QString &title, const QString &text);

private:
    QSystemTrayIcon *m_icon = nullptr;
    std::unique_ptr<QMenu> m_menu; ///< a menu has no QObject parent here
    QAction *m_jobs = nullptr;
    QString m_toolTip;
};

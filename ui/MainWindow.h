#pragma once

#include "models/DatabaseConfig.h"
#include "services/PulseSyncService.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QSqlDatabase>

#include <functional>
#include <memory>

class AppSettings;
class EnrichmentPanel;
class EnrichmentTableModel;
class JobRunner;
class JobsView;
class MispExportModel;
class MispExportPanel;
class MispProblemModel;
class OverviewPanel;
class PulseBrowser;
class PulseIndicatorModel;
class PulseTableModel;
class QAction;
class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QThreadPool;
class ScheduleBox;
class Scheduler;
class SecretStore;
class SettingsPanel;
class SyncHistoryModel;
class SyncHistoryPanel;
class TrayIcon;
template <typename T>
class QFutureWatcher;

/// The main window: a navigation list of panels (Pulses, Sync history, MISP export,
/// Enrichment, Overview, Settings), the sync actions, and a jobs area with progress and Cancel.
/// It reads the database through its own GUI-thread connection; jobs run on the pool with
/// connections of their own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Panel
    {
        Pulses,
        History,
        MispExport,
        Enrichment,
        Overview,
        Settings,
    };
    Q_ENUM(Panel)

    MainWindow(AppSettings &settings,
               SecretStore &secrets,
               QThreadPool &pool,
               const DatabaseConfig &database,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Test seam: adjusts the options of every sync just before it starts (a fake server's
    /// URL, short time-outs). Runs after the key and settings were applied.
    void setSyncOptionsOverride(std::function<void(SyncOptions &)> adjust);

    /// A sync is running, or about to start (its key is being read).
    bool isSyncBusy() const;

    Panel currentPanel() const;

    PulseBrowser *pulseBrowser() const { return m_browser; }
    MispExportPanel *mispExportPanel() const { return m_exportPanel; }
    EnrichmentPanel *enrichmentPanel() const { return m_enrichmentPanel; }
    OverviewPanel *overviewPanel() const { return m_overviewPanel; }
    TrayIcon *trayIcon() const { return m_tray; }
    Scheduler *scheduler() const { return m_scheduler; }
    JobRunner *jobRunner() const { return m_jobRunner; }

public slots:
    /// Syncs the subscribed feed (incrementally once a sync has completed).
    void syncNow();
    /// Fetches the whole subscribed feed again (within the first-sync look-back).
    void syncEverything();
    /// Asks for a query, then syncs the pulses OTX finds for it.
    void searchOtx();
    /// Asks for a pulse id (or a pulse URL), then fetches that pulse.
    void fetchPulseById();
    /// Starts a sync unless one is running; reads the key first, off the GUI thread.
    void startSync(const SyncRequest &request);
    /// Cancels every running job; what they stored is kept.
    void cancelJobs();
    /// Re-reads the pulse table and the sync history.
    void refreshData();
    void showPanel(MainWindow::Panel panel);

signals:
    /// A sync job was started (its key was found).
    void syncStarted();
    /// A sync job ended; the tables were refreshed.
    void syncFinished(const SyncOutcome &outcome);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createPanels();
    void launchSync(const SyncRequest &request, const QString &key, const QString &keyName);
    /// The scheduler's jobs: start one (false when it cannot), and whether one runs.
    bool startScheduledJob(const QString &id);
    bool isJobRunning(const QString &id) const;
    /// A job ended (scheduled or not): the schedule view and, for a claimed run, the database
    /// learn how.
    void jobEnded(const QString &id, const QString &outcome);
    /// The Overview's card for the next scheduled run.
    void showNextRun();
    /// The jobs running now, by name.
    QStringList runningJobNames() const;
    /// Closed while jobs run, and the analyst chose to let them finish: into the tray (or
    /// minimised where there is no tray).
    void keepRunningInBackground();
    /// Quit from the tray: asks first when jobs run, as closing the window does.
    void onQuitRequested();
    void onSyncFinished();
    void updateActions();
    void saveUiState();
    void restoreUiState();
    QString jobTitle(const SyncRequest &request) const;

    AppSettings &m_settings;
    SecretStore &m_secrets;
    QThreadPool &m_pool;
    DatabaseConfig m_database;
    /// The window's own database connection (GUI thread only); unique, so that two windows
    /// (two desktops in a test) never share one.
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_databaseError;
    /// Secrets the analyst chose to keep for this session only (no keychain).
    std::shared_ptr<SecretStore> m_sessionSecrets;
    std::function<void(SyncOptions &)> m_syncOptionsOverride;

    PulseTableModel *m_pulseModel = nullptr;
    PulseIndicatorModel *m_indicatorModel = nullptr;
    SyncHistoryModel *m_historyModel = nullptr;
    MispExportModel *m_exportModel = nullptr;
    MispProblemModel *m_problemModel = nullptr;
    EnrichmentTableModel *m_enrichmentModel = nullptr;

    QSplitter *m_splitter = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    PulseBrowser *m_browser = nullptr;
    SyncHistoryPanel *m_historyPanel = nullptr;
    SettingsPanel *m_settingsPanel = nullptr;
    MispExportPanel *m_exportPanel = nullptr;
    EnrichmentPanel *m_enrichmentPanel = nullptr;
    bool m_syncUsesRing = false;      ///< the sync about to start takes its keys from the key ring
    bool m_nextSyncScheduled = false; ///< the sync about to start was started by the scheduler
    Scheduler *m_scheduler = nullptr;
    JobRunner *m_jobRunner = nullptr;
    ScheduleBox *m_scheduleBox = nullptr;
    OverviewPanel *m_overviewPanel = nullptr;
    TrayIcon *m_tray = nullptr;
    bool m_quitting = false;             ///< closing was decided: jobs are cancelled
    bool m_runningSyncScheduled = false; ///< the running sync was started by the scheduler
    JobsView *m_jobsView = nullptr;
    QLabel *m_databaseLabel = nullptr;

    QAction *m_syncNowAction = nullptr;
    QAction *m_syncEverythingAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_fetchPulseAction = nullptr;
    QAction *m_cancelJobsAction = nullptr;

    bool m_syncStarting = false;
    bool m_syncCancelRequested = false; ///< Cancel came while the sync's key was being read
    QFutureWatcher<SyncOutcome> *m_syncWatcher = nullptr;
    QElapsedTimer m_syncClock;
    bool m_stateSaved = false;
};

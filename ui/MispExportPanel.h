#pragma once

#include "models/DatabaseConfig.h"
#include "services/MispExportService.h"

#include <QElapsedTimer>
#include <QWidget>

#include <functional>
#include <memory>

class AppSettings;
class MispExportModel;
class MispProblemModel;
class QComboBox;
class QFutureWatcherBase;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QThreadPool;
class SecretStore;
template <typename T>
class QFutureWatcher;

/// MISP export: every pulse with its export state (pending ones say why), Export selected,
/// Export all waiting, Publish, progress and Cancel, and for the current pulse its event (a
/// link into MISP) and what MISP refused, dropped or was never sent, with reasons.
class MispExportPanel : public QWidget
{
    Q_OBJECT

public:
    MispExportPanel(AppSettings &settings,
                    SecretStore &secrets,
                    std::shared_ptr<SecretStore> sessionSecrets,
                    QThreadPool &pool,
                    const DatabaseConfig &database,
                    MispExportModel *model,
                    MispProblemModel *problems,
                    QWidget *parent = nullptr);

    bool isBusy() const;
    void saveState();
    /// For tests: adjusts the options of every export before it starts.
    void setOptionsOverride(std::function<void(MispExportOptions &)> adjust);

public slots:
    /// Re-reads the server from Settings, the table and the counts.
    void refresh();
    void exportSelected();
    void exportAllPending();
    /// Exports at most `limit` waiting pulses (the scheduler's job); false when it cannot
    /// start (busy, or no MISP server set).
    bool exportPending(int limit);
    void publishSelected();
    void openCurrentEvent();
    void cancel();
    /// Checks the server and the key, and shows MISP's version.
    void checkServer();

signals:
    /// A job started; the jobs view follows it through `watcher`.
    void jobStarted(const QString &title, QFutureWatcherBase *watcher);
    /// An export or publish ended; `summary` is one line for the status bar.
    void exportFinished(const QString &summary);
    void openSettingsRequested();

private:
    void start(const MispExportRequest &request, const QString &title);
    void launch(const MispExportRequest &request, const QString &title, const QString &key);
    void onFinished();
    QStringList selectedPulseIds(bool exportedOnly) const;
    void showCurrentPulse();
    void updateActions();
    void updateServer();
    void updateStats();

    AppSettings &m_settings;
    SecretStore &m_secrets;
    std::shared_ptr<SecretStore> m_sessionSecrets;
    QThreadPool &m_pool;
    DatabaseConfig m_database;
    MispExportModel *m_model;
    MispProblemModel *m_problems;
    std::function<void(MispExportOptions &)> m_optionsOverride;

    QLabel *m_serverLabel = nullptr;
    QLabel *m_tlsLabel = nullptr;
    QPushButton *m_settingsButton = nullptr;
    QPushButton *m_checkButton = nullptr;
    QLabel *m_statsLabel = nullptr;
    QComboBox *m_filter = nullptr;
    QPushButton *m_exportSelected = nullptr;
    QPushButton *m_exportPending = nullptr;
    QPushButton *m_publish = nullptr;
    QPushButton *m_openEvent = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_detailLabel = nullptr;
    QTableView *m_problemTable = nullptr;
    QLabel *m_resultLabel = nullptr;

    QFutureWatcher<MispExportOutcome> *m_watcher = nullptr;
    bool m_starting = false;
    bool m_cancelRequested = false; ///< Cancel came while the MISP key was being read
    QString m_serverVersion;
    QElapsedTimer m_clock;
};

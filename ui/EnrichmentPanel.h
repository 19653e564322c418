#pragma once

#include "models/DatabaseConfig.h"
#include "services/EnrichmentService.h"

#include <QElapsedTimer>
#include <QWidget>

#include <functional>
#include <memory>

class AppSettings;
class EnrichmentTableModel;
class QCheckBox;
class QComboBox;
class QFutureWatcherBase;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QSortFilterProxyModel;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QThreadPool;
class QTreeWidget;
class SecretStore;
template <typename T>
class QFutureWatcher;

/// Enrichment: choose what to enrich (waiting indicators, a pulse's, a pasted list, MISP
/// attributes), Enrich with progress and Cancel, the requests left per key, the results table
/// (sortable, filterable) and, for the current indicator, each OTX section as a tree with a link
/// to its OTX page.
class EnrichmentPanel : public QWidget
{
    Q_OBJECT

public:
    EnrichmentPanel(AppSettings &settings,
                    SecretStore &secrets,
                    std::shared_ptr<SecretStore> sessionSecrets,
                    QThreadPool &pool,
                    const DatabaseConfig &database,
                    EnrichmentTableModel *model,
                    QWidget *parent = nullptr);

    bool isBusy() const;
    void saveState();
    /// For tests: adjusts the options of every enrichment before it starts.
    void setOptionsOverride(std::function<void(EnrichOptions &)> adjust);

public slots:
    void refresh();
    void enrich();
    void cancel();
    /// Sets the source to the indicators of this pulse.
    void enrichPulse(const QString &otxId);
    /// Enriches at most `limit` waiting indicators, highest priority first (the scheduler's
    /// job); false when one runs already.
    bool enrichPending(int limit);
    void openKeys();

signals:
    void jobStarted(const QString &title, QFutureWatcherBase *watcher);
    void enrichmentFinished(const QString &summary);

private:
    EnrichRequest request(QString *why) const;
    void onFinished();
    void showCurrent();
    void updateActions();
    void updateStats();
    /// Fills the Waiting tab: what Enrich would take next, in that order.
    void updateQueue();
    qint64 staleBeforeMs() const;

    AppSettings &m_settings;
    SecretStore &m_secrets;
    std::shared_ptr<SecretStore> m_sessionSecrets;
    QThreadPool &m_pool;
    DatabaseConfig m_database;
    EnrichmentTableModel *m_model;
    std::function<void(EnrichOptions &)> m_optionsOverride;

    QLabel *m_statsLabel = nullptr;
    QLabel *m_keysLabel = nullptr;
    QComboBox *m_source = nullptr;
    QStackedWidget *m_sourcePages = nullptr;
    QSpinBox *m_pendingLimit = nullptr;
    QLineEdit *m_pulseId = nullptr;
    QPlainTextEdit *m_values = nullptr;
    QLineEdit *m_mispTypes = nullptr;
    QComboBox *m_mispToIds = nullptr;
    QSpinBox *m_mispDays = nullptr;
    QList<QCheckBox *> m_mispLevels;
    QCheckBox *m_force = nullptr;
    QSpinBox *m_freshDays = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStandardItemModel *m_queue = nullptr;
    QSortFilterProxyModel *m_queueFilter = nullptr;
    QComboBox *m_queueType = nullptr;
    QComboBox *m_queueRank = nullptr;
    QLabel *m_queueLabel = nullptr;
    QPushButton *m_enrich = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_resultLabel = nullptr;
    QLineEdit *m_filterText = nullptr;
    QComboBox *m_filterType = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_detailLabel = nullptr;
    QTreeWidget *m_sections = nullptr;
    QPushButton *m_openOtx = nullptr;

    QFutureWatcher<EnrichOutcome> *m_watcher = nullptr;
    QElapsedTimer m_clock;
};

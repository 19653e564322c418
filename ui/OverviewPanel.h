#pragma once

#include "models/DatabaseConfig.h"
#include "models/OverviewStore.h"

#include <QHash>
#include <QWidget>

#include <optional>

class AppSettings;
class QChart;
class QChartView;
class QLabel;
class QThreadPool;
class QVBoxLayout;

/// The state of the whole store at a glance: cards (pulses, indicators, exported, waiting
/// export, enriched, keys with budget, next scheduled run) and charts (pulses synced per day,
/// indicators by type, sync runs by outcome and duration, export and enrichment results, key
/// usage today). The data is read on the pool; `refresh` when a job ends.
class OverviewPanel : public QWidget
{
    Q_OBJECT

public:
    OverviewPanel(AppSettings &settings,
                  QThreadPool &pool,
                  DatabaseConfig database,
                  QWidget *parent = nullptr);

    /// Where the schedule view goes (below the charts).
    void addBox(QWidget *box);
    /// The next scheduled run, for its card (nothing when no job is on).
    void setNextRun(std::optional<qint64> ms, const QString &job);

    /// The chart views by name: pulsesPerDay, indicatorsByType, syncRuns, export, enrichment,
    /// keyUsage (tests and screenshots).
    QChartView *chartView(const QString &name) const { return m_charts.value(name); }

public slots:
    /// Reads the data again (now when visible, else when next shown).
    void refresh();

signals:
    /// The cards and charts show fresh data.
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QLabel *addCard(const QString &id, const QString &title);
    QChartView *addChart(const QString &id);
    void showData(const OverviewData &data);
    void showPulsesPerDay(const OverviewData &data);
    void showIndicatorsByType(const OverviewData &data);
    void showSyncRuns(const OverviewData &data);
    void showExport(const OverviewData &data);
    void showEnrichment(const OverviewData &data);
    void showKeyUsage(const OverviewData &data);
    /// A ring chart of `parts` (count, label); parts of zero are left out.
    void showShares(QChart *chart,
                    const QString &title,
                    const QList<std::pair<qint64, QString>> &parts);
    void applyTheme(QChart *chart) const;

    AppSettings &m_settings;
    QThreadPool &m_pool;
    DatabaseConfig m_database;
    QHash<QString, QLabel *> m_cards;
    QHash<QString, QChartView *> m_charts;
    QLabel *m_error = nullptr;
    QVBoxLayout *m_layout = nullptr;
    bool m_stale = true;
    bool m_reading = false;
};

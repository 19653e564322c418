#include "ui/OverviewPanel.h"

#include "models/Database.h"
#include "models/MispExportStore.h"
#include "models/SyncHistoryModel.h"
#include "services/AppSettings.h"
#include "services/EnrichmentService.h"
#include "ui/Logging.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QEvent>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QPieSeries>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int CHART_HEIGHT = 260;
/// Types beyond this many are summed as "Other" in the indicators chart.
constexpr int TOP_TYPES = 10;

/// A chart with a category axis at the bottom (or left, for horizontal bars) and a value axis.
void attachAxes(QChart *chart,
                QAbstractSeries *series,
                const QStringList &categories,
                const QString &valueTitle,
                bool horizontal)
{
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(valueTitle);
    valueAxis->setLabelFormat(u"%d"_s);
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
}

/// The largest value stacked over one category of `sets`, for the value axis' range.
qreal stackedMax(const QList<QBarSet *> &sets, int categories)
{
    qreal top = 0;
    for (int c = 0; c < categories; ++c) {
        qreal sum = 0;
        for (const QBarSet *set : sets) {
            sum += set->at(c);
        }
        top = std::max(top, sum);
    }
    return top;
}

/// Removes a chart's series and axes before it is drawn again.
void clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void setValueRange(QChart *chart, qreal top)
{
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *values = qobject_cast<QValueAxis *>(axis)) {
            values->setRange(0, std::max<qreal>(1, top));
            values->applyNiceNumbers();
            // Whole numbers, unless the range is small (durations under a few seconds).
            values->setLabelFormat(values->max() <= 5 ? u"%.1f"_s : u"%d"_s);
        }
    }
}

} // namespace

OverviewPanel::OverviewPanel(AppSettings &settings,
                             QThreadPool &pool,
                             DatabaseConfig database,
                             QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_pool(pool)
    , m_database(std::move(database))
{
    setObjectName(u"overviewPanel"_s);
    auto *content = new QWidget;
    m_layout = new QVBoxLayout(content);
    auto *title = new QLabel(u"<h2>%1</h2>"_s.arg(tr("Overview").toHtmlEscaped()));
    m_layout->addWidget(title);
    m_error = new QLabel;
    m_error->setObjectName(u"overviewError"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    m_layout->addWidget(m_error);

    auto *cards = new QGridLayout;
    const QList<std::pair<QString, QString>> cardTitles = {
            {u"pulses"_s, tr("Pulses")},
            {u"indicators"_s, tr("Indicators")},
            {u"exported"_s, tr("Exported to MISP")},
            {u"pending"_s, tr("Waiting for export")},
            {u"enriched"_s, tr("Enriched")},
            {u"keys"_s, tr("Keys with budget left")},
            {u"next"_s, tr("Next scheduled run")},
    };
    int column = 0;
    for (const auto &[id, text] : cardTitles) {
        auto *card = new QFrame;
        card->setFrameShape(QFrame::StyledPanel);
        card->setObjectName(u"overviewCardFrame-"_s + id);
        auto *cardLayout = new QVBoxLayout(card);
        auto *caption = new QLabel(text);
        caption->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(u"–"_s);
        value->setObjectName(u"overviewCard-"_s + id);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        value->setFont(big);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        cardLayout->addWidget(caption);
        cardLayout->addWidget(value);
        cards->addWidget(card, 0, column++);
        m_cards.insert(id, value);
        if (id == u"keys"_s) {
            card->setToolTip(tr("OTX keys OTX has not refused whose daily budget is not spent. "
                                "A key whose secret is missing on this desktop still counts: "
                                "another desktop may hold it."));
        }
    }
    m_layout->addLayout(cards);

    auto *charts = new QGridLayout;
    const QStringList chartIds = {u"pulsesPerDay"_s,
                                  u"indicatorsByType"_s,
                                  u"syncRuns"_s,
                                  u"keyUsage"_s,
                                  u"export"_s,
                                  u"enrichment"_s};
    for (int i = 0; i < chartIds.size(); ++i) {
        charts->addWidget(addChart(chartIds[i]), i / 2, i % 2);
    }
    // Eleven type names need the room.
    m_charts[u"indicatorsByType"_s]->setMinimumHeight(CHART_HEIGHT * 3 / 2);
    m_layout->addLayout(charts);
    m_layout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

QChartView *OverviewPanel::addChart(const QString &id)
{
    auto *view = new QChartView;
    view->setObjectName(u"overviewChart-"_s + id);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(CHART_HEIGHT);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    applyTheme(view->chart());
    m_charts.insert(id, view);
    return view;
}

void OverviewPanel::addBox(QWidget *box)
{
    m_layout->insertWidget(m_layout->count() - 1, box);
}

void OverviewPanel::setNextRun(std::optional<qint64> ms, const QString &job)
{
    QLabel *card = m_cards.value(u"next"_s);
    if (!ms) {
        card->setText(tr("none"));
        card->setToolTip(tr("No scheduled job is on."));
        return;
    }
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(*ms, m_settings.scheduleTimeZone());
    card->setText(QLocale().toString(at, QLocale::ShortFormat));
    card->setToolTip(job);
}

void OverviewPanel::refresh()
{
    m_stale = true;
    if (!isVisible() || m_reading) {
        return;
    }
    m_stale = false;
    m_reading = true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // TODO(ui): today's offset from UTC is applied to all 30 days, so across a daylight-saving
    // change the days before it are cut an hour off; per-day offsets need one bound per day.
    const int offset = QDateTime::currentDateTime().offsetFromUtc();
    const QString server = MispExportStore::serverKey(m_settings.mispBaseUrl().toString());
    const qint64 staleBefore = now - qint64(m_settings.enrichFreshnessDays()) * 86400000;
    auto *watcher = new QFutureWatcher<Result<OverviewData>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_reading = false;
        const Result<OverviewData> data = watcher->result();
        if (!data) {
            qCWarning(lcUi) << "The overview could not be read."
                            << "reason:" << data.error().text();
            m_error->setText(tr("The overview could not be read: %1").arg(data.error().text()));
            m_error->show();
        } else {
            m_error->hide();
            showData(data.value());
        }
        if (m_stale) {
            refresh(); // a job ended while reading
        } else {
            emit refreshed();
        }
    });
    watcher->setFuture(QtConcurrent::run(
            &m_pool,
            [database = m_database, now, offset, server, staleBefore]() -> Result<OverviewData> {
                ScopedConnection c(database, u"overview"_s);
                if (!c.ok()) {
                    return c.error();
                }
                return OverviewStore(c.db()).read(now,
                                                  offset,
                                                  server,
                                                  EnrichmentService::enrichableTypes(),
                                                  staleBefore);
            }));
}

void OverviewPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        refresh();
    }
}

void OverviewPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        for (QChartView *view : std::as_const(m_charts)) {
            applyTheme(view->chart());
        }
    }
}

void OverviewPanel::applyTheme(QChart *chart) const
{
    // Follow the desktop's palette: a dark window gets the dark chart theme.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette().brush(QPalette::Base));
    chart->setTitleBrush(palette().brush(QPalette::Text));
    chart->legend()->setLabelBrush(palette().brush(QPalette::Text));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(palette().brush(QPalette::Text));
        axis->setTitleBrush(palette().brush(QPalette::Text));
    }
}

void OverviewPanel::showData(const OverviewData &data)
{
    const QLocale locale;
    const auto stat = [&](const char *key) {
        return data.exportStats.value(QLatin1StringView(key)).toInteger();
    };
    m_cards[u"pulses"_s]->setText(locale.toString(data.pulses()));
    m_cards[u"indicators"_s]->setText(locale.toString(data.indicators()));
    m_cards[u"exported"_s]->setText(locale.toString(stat("exported")));
    m_cards[u"pending"_s]->setText(locale.toString(stat("pending")));
    m_cards[u"enriched"_s]->setText(locale.toString(data.enrichment.total.enriched));
    m_cards[u"keys"_s]->setText(tr("%1 of %2")
                                        .arg(locale.toString(data.keysWithBudget()),
                                             locale.toString(qsizetype(data.keys.size()))));
    showPulsesPerDay(data);
    showIndicatorsByType(data);
    showSyncRuns(data);
    showExport(data);
    showEnrichment(data);
    showKeyUsage(data);
    for (QChartView *view : std::as_const(m_charts)) {
        applyTheme(view->chart());
    }
}

void OverviewPanel::showPulsesPerDay(const OverviewData &data)
{
    QChart *chart = m_charts[u"pulsesPerDay"_s]->chart();
    clear(chart);
    chart->setTitle(tr("Pulses synced per day (last %n day(s))", nullptr, OverviewStore::DAYS));
    auto *fresh = new QBarSet(tr("New"));
    auto *updated = new QBarSet(tr("Updated"));
    QStringList days;
    const QDate last = QDate::fromString(data.day, Qt::ISODate);
    QHash<QDate, DaySyncCounts> byDay;
    for (const DaySyncCounts &d : data.syncedPerDay) {
        byDay.insert(d.day, d);
    }
    for (int i = OverviewStore::DAYS - 1; i >= 0; --i) {
        const QDate day = last.addDays(-i);
        const DaySyncCounts counts = byDay.value(day);
        fresh->append(counts.newPulses);
        updated->append(counts.updatedPulses);
        // A label every few days keeps them readable.
        days.append(QLocale().toString(day, u"d MMM"_s));
    }
    auto *series = new QStackedBarSeries;
    series->append(fresh);
    series->append(updated);
    chart->addSeries(series);
    // Thirty day names do not fit under thirty bars: a label every week, on its bar.
    auto *dayAxis = new QCategoryAxis;
    dayAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < OverviewStore::DAYS; ++i) {
        if ((OverviewStore::DAYS - 1 - i) % 7 == 0) {
            dayAxis->append(days.at(i), i);
        }
    }
    dayAxis->setRange(-0.5, OverviewStore::DAYS - 0.5); // after the labels, which widen it
    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(tr("Pulses"));
    chart->addAxis(dayAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(dayAxis);
    series->attachAxis(valueAxis);
    setValueRange(chart, stackedMax({fresh, updated}, OverviewStore::DAYS));
}

void OverviewPanel::showIndicatorsByType(const OverviewData &data)
{
    QChart *chart = m_charts[u"indicatorsByType"_s]->chart();
    clear(chart);
    chart->setTitle(tr("Indicators by type"));
    QList<std::pair<qint64, QString>> types;
    for (auto it = data.enrichment.byType.cbegin(); it != data.enrichment.byType.cend(); ++it) {
        const EnrichStats::Counts &c = it.value();
        types.append(
                {qint64(c.enriched) + c.stale + c.never + c.failed + c.notEnrichable, it.key()});
    }
    std::sort(types.begin(), types.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    qint64 other = 0;
    while (types.size() > TOP_TYPES) {
        other += types.takeLast().first;
    }
    auto *set = new QBarSet(tr("Indicators"));
    QStringList names;
    if (other > 0) {
        set->append(other);
        names.append(tr("Other"));
    }
    // Horizontal bars draw the first category at the bottom: the largest goes last.
    for (auto it = types.crbegin(); it != types.crend(); ++it) {
        set->append(it->first);
        names.append(it->second);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    chart->legend()->hide();
    attachAxes(chart, series, names, tr("Indicators"), true);
    setValueRange(chart, stackedMax({set}, int(names.size())));
}

void OverviewPanel::showSyncRuns(const OverviewData &data)
{
    QChart *chart = m_charts[u"syncRuns"_s]->chart();
    clear(chart);
    chart->setTitle(tr("Sync runs by outcome and duration (latest %n)",
                       nullptr,
                       static_cast<int>(data.recentRuns.size())));
    const QStringList outcomes = {SyncStatus::Completed,
                                  SyncStatus::Failed,
                                  SyncStatus::Cancelled,
                                  SyncStatus::Running};
    QHash<QString, QBarSet *> sets;
    QList<QBarSet *> ordered;
    for (const QString &outcome : outcomes) {
        auto *set = new QBarSet(SyncHistoryModel::statusText(outcome));
        sets.insert(outcome, set);
        ordered.append(set);
    }
    auto *other = new QBarSet(tr("Other"));
    ordered.append(other);
    QStringList labels;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Oldest on the left.
    for (auto it = data.recentRuns.crbegin(); it != data.recentRuns.crend(); ++it) {
        const qint64 end = it->finishedMs.value_or(now);
        const qreal seconds = std::max<qint64>(0, end - it->startedMs) / 1000.0;
        QBarSet *target = sets.value(it->status, other);
        for (QBarSet *set : std::as_const(ordered)) {
            set->append(set == target ? seconds : 0.0);
        }
        labels.append(u"#%1"_s.arg(it->id));
    }
    auto *series = new QStackedBarSeries;
    for (QBarSet *set : std::as_const(ordered)) {
        series->append(set);
    }
    chart->addSeries(series);
    attachAxes(chart, series, labels, tr("Duration (s)"), false);
    setValueRange(chart, stackedMax(ordered, int(labels.size())));
    // Outcomes that did not occur stay out of the legend.
    for (QBarSet *set : std::as_const(ordered)) {
        if (set->sum() == 0) {
            const auto markers = chart->legend()->markers(series);
            for (QLegendMarker *marker : markers) {
                if (marker->label() == set->label()) {
                    marker->setVisible(false);
                }
            }
        }
    }
}

void OverviewPanel::showExport(const OverviewData &data)
{
    const auto n = [&](const char *key) {
        return data.exportStats.value(QLatin1StringView(key)).toInteger();
    };
    showShares(m_charts[u"export"_s]->chart(),
               tr("MISP export"),
               {{n("exported"), tr("Exported")},
                {n("pending"), tr("Waiting")},
                {n("failed"), tr("Failed")},
                {n("blocked"), tr("Blocked")},
                {n("skipped"), tr("Nothing to export")}});
}

void OverviewPanel::showEnrichment(const OverviewData &data)
{
    const EnrichStats::Counts &t = data.enrichment.total;
    showShares(m_charts[u"enrichment"_s]->chart(),
               tr("Enrichment"),
               {{t.enriched, tr("Enriched")},
                {t.stale, tr("Stale")},
                {t.never, tr("Waiting")},
                {t.failed, tr("Failed")},
                {t.notEnrichable, tr("Type not enrichable")}});
}

void OverviewPanel::showShares(QChart *chart,
                               const QString &title,
                               const QList<std::pair<qint64, QString>> &parts)
{
    clear(chart);
    auto *series = new QPieSeries;
    series->setHoleSize(0.35);
    for (const auto &[n, label] : parts) {
        if (n > 0) {
            series->append(tr("%1: %L2").arg(label).arg(n), qreal(n));
        }
    }
    if (series->count() == 0) {
        delete series;
        chart->setTitle(tr("%1 (nothing yet)").arg(title));
        return;
    }
    chart->setTitle(title);
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
}

void OverviewPanel::showKeyUsage(const OverviewData &data)
{
    QChart *chart = m_charts[u"keyUsage"_s]->chart();
    clear(chart);
    chart->setTitle(tr("OTX key usage today"));
    auto *used = new QBarSet(tr("Used"));
    auto *left = new QBarSet(tr("Left"));
    QStringList names;
    for (auto it = data.keys.crbegin(); it != data.keys.crend(); ++it) {
        used->append(it->usedOn(data.day));
        left->append(it->remainingOn(data.day));
        names.append(it->name);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(used);
    series->append(left);
    chart->addSeries(series);
    attachAxes(chart, series, names, tr("Requests"), true);
    setValueRange(chart, stackedMax({used, left}, int(names.size())));
}

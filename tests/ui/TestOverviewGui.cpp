#include "models/Database.h"
#include "models/KeyStore.h"
#include "models/PulseStore.h"
#include "models/SyncHistoryModel.h"
#include "services/AppSettings.h"
#include "services/KeyRing.h"
#include "services/SecretStore.h"
#include "tests/support/ExpectedCorpus.h"
#include "tests/support/FakeOtxServer.h"
#include "tests/support/Fixtures.h"
#include "ui/Dialogs.h"
#include "ui/MainWindow.h"
#include "ui/OverviewPanel.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace {

const QString TEST_KEY = QString(63, u'0') + u'7'; // a placeholder, not a real key

/// The bar sets of a chart's only bar series, by label.
QHash<QString, QBarSet *> barSets(QChartView *view)
{
    QHash<QString, QBarSet *> sets;
    const auto series = view->chart()->series();
    if (series.size() == 1) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series.first())) {
            for (QBarSet *set : bars->barSets()) {
                sets.insert(set->label(), set);
            }
        }
    }
    return sets;
}

qreal sliceSum(QChartView *view)
{
    qreal sum = 0;
    for (QAbstractSeries *s : view->chart()->series()) {
        if (auto *pie = qobject_cast<QPieSeries *>(s)) {
            sum += pie->sum();
        }
    }
    return sum;
}

} // namespace

// The Overview after a sync against the fake OTX: each card and chart shows what the fixture
// JSON implies, counted without otxdesk code, and refreshes when a job ends.
class TestOverviewGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Dialogs::setTestMode(true);
    }
    void cardsAndChartsShowTheStore();
};

void TestOverviewGui::cardsAndChartsShowTheStore()
{
    OTXDESK_REQUIRE_FIXTURES();
    FakeOtxServer fake;
    fake.setApiKeys({TEST_KEY});
    QVERIFY(fake.loadFixtureCorpus());
    QVERIFY(fake.listen() != 0);
    const ExpectedCounts expected = ExpectedCorpus::expectedFor(fake.pulses());
    QVERIFY(expected.indicatorsByType.size() > 1);

    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    settings.setSchedulerActive(false);
    settings.setOtxBaseUrl(fake.baseUrl());
    DatabaseConfig database;
    database.sqlitePath = dir.filePath(u"overview.sqlite"_s);
    settings.setDatabase(database);
    constexpr int LIMIT_A = 100;
    constexpr int LIMIT_B = 50;
    {
        ScopedConnection c(database, u"setup"_s, true);
        QVERIFY(c.ok());
        QVERIFY(KeyStore(c.db()).add(u"a"_s, LIMIT_A, 0, 0));
        QVERIFY(KeyStore(c.db()).add(u"b"_s, LIMIT_B, 0, 0));
    }
    MemorySecretStore secrets;
    QVERIFY(secrets.write(SecretKeys::otxKey(u"a"_s), TEST_KEY));
    QThreadPool pool;
    MainWindow window(settings, secrets, pool, database);
    window.setSyncOptionsOverride([](SyncOptions &o) { o.pageSize = 5; });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPanel(MainWindow::Panel::Overview);
    OverviewPanel *overview = window.overviewPanel();
    QSignalSpy refreshed(overview, &OverviewPanel::refreshed);
    QTRY_VERIFY(refreshed.size() >= 1);
    const auto card = [&](const QString &id) {
        return overview->findChild<QLabel *>(u"overviewCard-"_s + id)->text();
    };
    const QLocale locale;
    QCOMPARE(card(u"pulses"_s), locale.toString(0));

    // A sync; the overview refreshes when it ends.
    QSignalSpy synced(&window, &MainWindow::syncFinished);
    refreshed.clear();
    window.findChild<QAction *>(u"syncNowAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 60000);
    QTRY_VERIFY(!refreshed.isEmpty() && card(u"pulses"_s) == locale.toString(expected.pulses));
    QCOMPARE(card(u"indicators"_s), locale.toString(expected.indicators));
    QCOMPARE(card(u"pending"_s), locale.toString(expected.pulses)); // none exported yet
    QCOMPARE(card(u"exported"_s), locale.toString(0));
    QCOMPARE(card(u"enriched"_s), locale.toString(0));
    QCOMPARE(card(u"keys"_s),
             OverviewPanel::tr("%1 of %2").arg(locale.toString(2), locale.toString(2)));

    // Pulses per day: every pulse arrived new today, the last bar.
    const auto perDay = barSets(overview->chartView(u"pulsesPerDay"_s));
    QBarSet *fresh = perDay.value(OverviewPanel::tr("New"));
    QVERIFY(fresh);
    QCOMPARE(fresh->count(), 30);
    QCOMPARE(fresh->at(29), qreal(expected.pulses));
    QCOMPARE(fresh->sum(), qreal(expected.pulses));
    QCOMPARE(perDay.value(OverviewPanel::tr("Updated"))->sum(), 0.0);

    // Indicators by type: the ten largest types by name, the rest summed as Other.
    QChartView *types = overview->chartView(u"indicatorsByType"_s);
    QBarSet *perType = barSets(types).value(OverviewPanel::tr("Indicators"));
    QVERIFY(perType);
    QCOMPARE(perType->sum(), qreal(expected.indicators));
    auto *axis = qobject_cast<QBarCategoryAxis *>(types->chart()->axes(Qt::Vertical).first());
    QVERIFY(axis);
    const QStringList categories = axis->categories();
    // The ten largest types of the fixture JSON (ties by name), the rest summed as Other.
    QList<std::pair<int, QString>> ranked;
    for (auto it = expected.indicatorsByType.cbegin(); it != expected.indicatorsByType.cend();
         ++it) {
        ranked.append({-it.value(), it.key()});
    }
    std::sort(ranked.begin(), ranked.end());
    QSet<QString> top;
    int rest = 0;
    for (int i = 0; i < ranked.size(); ++i) {
        if (i < 10) {
            top.insert(ranked[i].second);
        } else {
            rest -= ranked[i].first;
        }
    }
    QSet<QString> shown(categories.cbegin(), categories.cend());
    shown.remove(OverviewPanel::tr("Other"));
    QCOMPARE(shown, top);
    for (int i = 0; i < categories.size(); ++i) {
        const qreal want = categories[i] == OverviewPanel::tr("Other")
                                   ? qreal(rest)
                                   : qreal(expected.indicatorsByType.value(categories[i]));
        QCOMPARE(perType->at(i), want);
    }
    QCOMPARE(categories.contains(OverviewPanel::tr("Other")), rest > 0);

    // Sync runs: the one completed run, its duration in seconds.
    const auto runs = barSets(overview->chartView(u"syncRuns"_s));
    QBarSet *completed = runs.value(SyncHistoryModel::statusText(SyncStatus::Completed));
    QVERIFY(completed);
    QCOMPARE(completed->count(), 1);
    {
        ScopedConnection c(database, u"run"_s);
        QSqlQuery q(c.db());
        QVERIFY(q.exec(u"SELECT finished - started FROM sync_runs"_s) && q.next());
        QCOMPARE(completed->at(0), q.value(0).toLongLong() / 1000.0);
    }

    // Key usage today: the sync's requests on "a", as the fake counted them.
    const int requests = fake.ledger(0).accepted;
    QVERIFY(requests > 0);
    const auto keys = barSets(overview->chartView(u"keyUsage"_s));
    QBarSet *used = keys.value(OverviewPanel::tr("Used"));
    QBarSet *left = keys.value(OverviewPanel::tr("Left"));
    QVERIFY(used && left);
    QCOMPARE(used->sum(), qreal(requests));
    QCOMPARE(left->sum(), qreal(LIMIT_A - requests + LIMIT_B));

    // Export and enrichment: every pulse waits, every indicator is counted once.
    QCOMPARE(sliceSum(overview->chartView(u"export"_s)), qreal(expected.pulses));
    QCOMPARE(sliceSum(overview->chartView(u"enrichment"_s)), qreal(expected.indicators));
    for (const QString &id : {u"pulsesPerDay"_s,
                              u"indicatorsByType"_s,
                              u"syncRuns"_s,
                              u"keyUsage"_s,
                              u"export"_s,
                              u"enrichment"_s}) {
        QVERIFY2(!overview->chartView(id)->chart()->title().isEmpty(), qPrintable(id));
    }
}

QTEST_MAIN(TestOverviewGui)
#include "TestOverviewGui.moc"

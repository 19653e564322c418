#include "models/Database.h"
#include "models/PulseStore.h"
#include "models/SyncHistoryModel.h"
#include "tests/common/TestDatabases.h"
#include "tests/models/ModelFixtures.h"

#include <QAbstractItemModelTester>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct RunSpec
{
    QString kind;
    QString query;
    qint64 startedMs;
    qint64 durationMs;
    QString status;
    QString error;
};

void fetchAll(QAbstractItemModel &model)
{
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
}

} // namespace

class TestSyncHistoryModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void passesModelTester_data() { TestDatabases::addEngineRows(); }
    void passesModelTester();
    void newestFirstWithCounts_data() { TestDatabases::addEngineRows(); }
    void newestFirstWithCounts();
    void sortsByStatusAndDuration_data() { TestDatabases::addEngineRows(); }
    void sortsByStatusAndDuration();
    void loadsManyRunsInBatches_data() { TestDatabases::addEngineRows(); }
    void loadsManyRunsInBatches();
    void durationText_data();
    void durationText();

private:
    bool setUpStore(const QString &engine);
    /// Records the runs with the given times, through the store, then moves their clocks.
    bool addRuns(const QList<RunSpec> &runs);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ScopedConnection> m_connection;
};

void TestSyncHistoryModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestSyncHistoryModel::cleanup()
{
    m_connection.reset();
    m_dir.reset();
}

bool TestSyncHistoryModel::setUpStore(const QString &engine)
{
    bool ready = false;
    [&] {
        OTXDESK_REQUIRE_ENGINE(engine, *m_dir);
        m_connection = std::make_unique<ScopedConnection>(config, u"model-test"_s);
        QVERIFY2(m_connection->ok(), qPrintable(m_connection->error().text()));
        ready = true;
    }();
    return ready;
}

bool TestSyncHistoryModel::addRuns(const QList<RunSpec> &runs)
{
    PulseStore store(m_connection->db());
    int n = 0;
    for (const RunSpec &spec : runs) {
        const auto id = store.startRun(spec.kind, spec.query, u"otx-api-key"_s, std::nullopt);
        if (!id) {
            return false;
        }
        if (spec.status != SyncStatus::Running) {
            // One small page per run so that its counts differ.
            Pulse p = ModelFixtures::pulse(n, runs.size());
            if (!store.writePage({p}, id.value())
                || !store.finishRun(id.value(), spec.status, spec.error)) {
                return false;
            }
        }
        QSqlQuery q(m_connection->db());
        q.prepare(u"UPDATE sync_runs SET started = ?, finished = CASE WHEN finished IS NULL "
                  "THEN NULL ELSE CAST(? AS BIGINT) END WHERE id = ?"_s);
        q.addBindValue(spec.startedMs);
        q.addBindValue(spec.startedMs + spec.durationMs);
        q.addBindValue(id.value());
        if (!q.exec()) {
            qWarning("%s", qPrintable(q.lastError().text()));
            return false;
        }
        ++n;
    }
    return true;
}

#define SET_UP_STORE()         \
    QFETCH(QString, engine);   \
    if (!setUpStore(engine)) { \
        return;                \
    }

const QList<RunSpec> &sampleRuns()
{
    static const QList<RunSpec> runs = {
            {u"full"_s, {}, ModelFixtures::BASE_MS, 65000, SyncStatus::Completed, {}},
            {u"incremental"_s,
             {},
             ModelFixtures::BASE_MS + 3000000,
             850,
             SyncStatus::Failed,
             u"OTX rejected the API key."_s},
            {u"search"_s,
             u"fin7"_s,
             ModelFixtures::BASE_MS + 1000000,
             12400,
             SyncStatus::Cancelled,
             u"Cancelled"_s},
            {u"pulse"_s,
             u"57204e9b3c4c3e015d93cb12"_s,
             ModelFixtures::BASE_MS + 2000000,
             4000,
             SyncStatus::Completed,
             {}},
            {u"incremental"_s, {}, ModelFixtures::BASE_MS + 4000000, 0, SyncStatus::Running, {}},
    };
    return runs;
}

void TestSyncHistoryModel::passesModelTester()
{
    SET_UP_STORE();
    SyncHistoryModel model(m_connection->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Qt 6.4's tester calls fetchMore() from its modelReset handler before it has marked the
    // reset finished, then reports the rows it fetched as inserted during the reset. The test
    // fetches explicitly instead, outside any reset, where the tester checks the insertions.
    tester.setUseFetchMore(false);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(addRuns(sampleRuns()));
    model.refresh();
    QCOMPARE(model.rowCount(), sampleRuns().size());
    for (int column = 0; column < SyncHistoryModel::ColumnCount; ++column) {
        model.sort(column, Qt::AscendingOrder);
        model.sort(column, Qt::DescendingOrder);
    }
}

void TestSyncHistoryModel::newestFirstWithCounts()
{
    SET_UP_STORE();
    QVERIFY(addRuns(sampleRuns()));
    SyncHistoryModel model(m_connection->db());
    QList<RunSpec> expected = sampleRuns();
    std::sort(expected.begin(), expected.end(), [](const RunSpec &a, const RunSpec &b) {
        return a.startedMs > b.startedMs;
    });
    QCOMPARE(model.rowCount(), expected.size());
    PulseStore store(m_connection->db());
    const auto stored = store.runs();
    QVERIFY(stored);
    for (int row = 0; row < expected.size(); ++row) {
        auto cell = [&](int c, int role = Qt::DisplayRole) {
            return model.index(row, c).data(role);
        };
        const RunSpec &spec = expected.at(row);
        QCOMPARE(cell(SyncHistoryModel::Kind, SyncHistoryModel::RawValueRole).toString(),
                 spec.kind);
        QCOMPARE(cell(SyncHistoryModel::Kind).toString(), SyncHistoryModel::kindText(spec.kind));
        QCOMPARE(cell(SyncHistoryModel::Query).toString(), spec.query);
        QCOMPARE(cell(SyncHistoryModel::Started, SyncHistoryModel::RawValueRole).toLongLong(),
                 spec.startedMs);
        QCOMPARE(cell(SyncHistoryModel::Status).toString(),
                 SyncHistoryModel::statusText(spec.status));
        QCOMPARE(cell(SyncHistoryModel::ErrorText).toString(), spec.error);
        QCOMPARE(cell(SyncHistoryModel::KeyName).toString(), u"otx-api-key"_s);
        QCOMPARE(cell(SyncHistoryModel::Duration).toString(),
                 spec.status == SyncStatus::Running
                         ? QString()
                         : SyncHistoryModel::durationText(spec.durationMs));
        // The counts are the store's, column by column.
        const qint64 runId = cell(0, SyncHistoryModel::RunIdRole).toLongLong();
        const auto run = std::find_if(stored->cbegin(), stored->cend(), [&](const SyncRun &r) {
            return r.id == runId;
        });
        QVERIFY(run != stored->cend());
        QCOMPARE(cell(SyncHistoryModel::Pages).toLongLong(), run->counts.pages);
        QCOMPARE(cell(SyncHistoryModel::PulsesFetched).toLongLong(), run->counts.pulsesFetched);
        QCOMPARE(cell(SyncHistoryModel::PulsesNew).toLongLong(), run->counts.pulsesNew);
        QCOMPARE(cell(SyncHistoryModel::IndicatorsNew).toLongLong(), run->counts.indicatorsNew);
        QCOMPARE(cell(SyncHistoryModel::IndicatorsLinked).toLongLong(),
                 run->counts.indicatorsLinked);
        QCOMPARE(cell(SyncHistoryModel::IndicatorsUnlinked).toLongLong(),
                 run->counts.indicatorsUnlinked);
    }
}

void TestSyncHistoryModel::sortsByStatusAndDuration()
{
    SET_UP_STORE();
    QVERIFY(addRuns(sampleRuns()));
    SyncHistoryModel model(m_connection->db());
    model.sort(SyncHistoryModel::Duration, Qt::AscendingOrder);
    QList<RunSpec> finished;
    for (const RunSpec &r : sampleRuns()) {
        if (r.status != SyncStatus::Running) {
            finished << r;
        }
    }
    std::sort(finished.begin(), finished.end(), [](const RunSpec &a, const RunSpec &b) {
        return a.durationMs < b.durationMs;
    });
    for (int row = 0; row < finished.size(); ++row) {
        QCOMPARE(model.index(row, SyncHistoryModel::Duration)
                         .data(SyncHistoryModel::RawValueRole)
                         .toLongLong(),
                 finished.at(row).durationMs);
    }
    // The running sync has no duration yet and comes last.
    QCOMPARE(model.index(finished.size(), SyncHistoryModel::Status)
                     .data(SyncHistoryModel::RawValueRole)
                     .toString(),
             SyncStatus::Running);

    model.sort(SyncHistoryModel::Status, Qt::AscendingOrder);
    QStringList statuses;
    for (const RunSpec &r : sampleRuns()) {
        statuses << r.status;
    }
    statuses.sort();
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row) {
        shown << model.index(row, SyncHistoryModel::Status)
                         .data(SyncHistoryModel::RawValueRole)
                         .toString();
    }
    QCOMPARE(shown, statuses);
}

void TestSyncHistoryModel::loadsManyRunsInBatches()
{
    SET_UP_STORE();
    PulseStore store(m_connection->db());
    const int total = SyncHistoryModel::BATCH_SIZE + 44;
    QVERIFY(Database::beginWrite(m_connection->db()));
    for (int i = 0; i < total; ++i) {
        QVERIFY(store.startRun(u"incremental"_s, {}, {}, std::nullopt));
    }
    QVERIFY(Database::commit(m_connection->db()));
    SyncHistoryModel model(m_connection->db());
    QCOMPARE(model.rowCount(), SyncHistoryModel::BATCH_SIZE);
    fetchAll(model);
    QCOMPARE(model.rowCount(), total);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.index(row, 0).data(SyncHistoryModel::RunIdRole).toLongLong());
    }
    QCOMPARE(ids.size(), total);
}

void TestSyncHistoryModel::durationText_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("ms") << qint64(850) << u"850 ms"_s;
    QTest::newRow("seconds") << qint64(12400) << u"12.4 s"_s;
    QTest::newRow("minutes") << qint64(185000) << u"3 min 05 s"_s;
    QTest::newRow("hours") << qint64(7260000) << u"2 h 01 min"_s;
}

void TestSyncHistoryModel::durationText()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(SyncHistoryModel::durationText(ms), text);
}

QTEST_GUILESS_MAIN(TestSyncHistoryModel)
#include "TestSyncHistoryModel.moc"

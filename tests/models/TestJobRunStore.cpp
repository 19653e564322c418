#include "models/Database.h"
#include "models/JobRunStore.h"
#include "tests/common/TestDatabases.h"

#include <QSemaphore>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 NINE_AM = 1796374800000; // 2026-12-04 09:00 UTC
constexpr qint64 MINUTE = 60000;

/// A desktop as the store knows it: a lasting id and a name to show.
struct Who
{
    QString id;
    QString name;
};
const Who ALICE{u"id-alice"_s, u"alice@ws1"_s};
const Who BOB{u"id-bob"_s, u"bob@ws2"_s};
const Who CAROL{u"id-carol"_s, u"carol@ws3"_s};

Result<JobClaim> claim(JobRunStore &store,
                       const QString &job,
                       std::optional<qint64> due,
                       const Who &who,
                       qint64 now)
{
    return store.claim(job, due, who.id, who.name, now);
}

/// True when the claim succeeded and is ours (false on an error too).
bool ours(const Result<JobClaim> &claim)
{
    return claim && claim->ours;
}

} // namespace

// How desktops sharing a database agree on who runs a scheduled job, on both engines.
class TestJobRunStore : public QObject
{
    Q_OBJECT

private slots:
    void aDueTimeIsClaimedOnce_data() { TestDatabases::addEngineRows(); }
    void aDueTimeIsClaimedOnce();
    void runNowWaitsForAnotherDesktopsRun_data() { TestDatabases::addEngineRows(); }
    void runNowWaitsForAnotherDesktopsRun();
    void heartbeatsKeepARunAlive_data() { TestDatabases::addEngineRows(); }
    void heartbeatsKeepARunAlive();
    void concurrentClaimsHaveOneWinner_data();
    void concurrentClaimsHaveOneWinner();
    void aHeldLockSkipsTheRun();
};

void TestJobRunStore::aDueTimeIsClaimedOnce()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    OTXDESK_REQUIRE_ENGINE(engine, dir);
    ScopedConnection c(config, u"runs"_s, true);
    QVERIFY(c.ok());
    JobRunStore store(c.db());

    const auto first = claim(store, u"sync"_s, NINE_AM, ALICE, NINE_AM + 5);
    QVERIFY(ours(first) && first->runId > 0);
    // The second desktop's timer fires a little later, for the same 09:00.
    const auto second = claim(store, u"sync"_s, NINE_AM, BOB, NINE_AM + 900);
    QVERIFY(second && !second->ours && second->other);
    QCOMPARE(second->other->desktop, ALICE.name);
    QCOMPARE(second->other->desktopId, ALICE.id);
    QCOMPARE(second->other->startedAtMs, NINE_AM + 5);
    // Even once the first run has ended (a desktop catching up at start-up).
    QVERIFY(store.finish(first->runId, NINE_AM + 2 * MINUTE, u"12 new pulses"_s));
    const auto late = claim(store, u"sync"_s, NINE_AM, BOB, NINE_AM + 10 * MINUTE);
    QVERIFY(late && !late->ours && late->other);
    QCOMPARE(late->other->outcome, u"12 new pulses"_s);
    QCOMPARE(late->other->finishedAtMs, NINE_AM + 2 * MINUTE);
    // Alice herself, restarted, does not run her 09:00 again either.
    QVERIFY(!ours(claim(store, u"sync"_s, NINE_AM, ALICE, NINE_AM + 11 * MINUTE)));
    // Another job, or another due time, is free.
    QVERIFY(ours(claim(store, u"enrich"_s, NINE_AM, BOB, NINE_AM + 10)));
    const qint64 ninePm = NINE_AM + 12 * 60 * MINUTE;
    QVERIFY(ours(claim(store, u"sync"_s, ninePm, BOB, ninePm + 3)));

    const auto last = store.lastRuns();
    QVERIFY(last);
    QCOMPARE(last->size(), 2);
    QCOMPARE(last->value(u"sync"_s).desktop, BOB.name);
    QCOMPARE(last->value(u"sync"_s).dueAtMs, ninePm);
    QVERIFY(!last->value(u"sync"_s).finishedAtMs);
    const auto runs = store.runs(u"sync"_s);
    QVERIFY(runs);
    QCOMPARE(runs->size(), 2);
}

void TestJobRunStore::runNowWaitsForAnotherDesktopsRun()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    OTXDESK_REQUIRE_ENGINE(engine, dir);
    ScopedConnection c(config, u"runs"_s, true);
    QVERIFY(c.ok());
    JobRunStore store(c.db());

    const auto scheduled = claim(store, u"export"_s, NINE_AM, ALICE, NINE_AM);
    QVERIFY(ours(scheduled));
    // Bob's Run now while Alice's export runs: not his.
    const auto runNow = claim(store, u"export"_s, std::nullopt, BOB, NINE_AM + MINUTE);
    QVERIFY(runNow && !runNow->ours && runNow->other);
    QCOMPARE(runNow->other->desktop, ALICE.name);
    // A second desktop that took Alice's name is still another desktop.
    const Who alsoAlice{u"id-other"_s, ALICE.name};
    QVERIFY(!ours(claim(store, u"export"_s, std::nullopt, alsoAlice, NINE_AM + MINUTE)));
    // Alice's own desktop is not blocked by its own row (from before a restart).
    const auto own = claim(store, u"export"_s, std::nullopt, ALICE, NINE_AM + MINUTE);
    QVERIFY(ours(own));
    // Once her runs ended, Bob may; Run now claims no due time, so he may again and again.
    QVERIFY(store.finish(scheduled->runId, NINE_AM + 2 * MINUTE, u"done"_s));
    QVERIFY(!ours(claim(store, u"export"_s, std::nullopt, BOB, NINE_AM + 2 * MINUTE)));
    QVERIFY(store.finish(own->runId, NINE_AM + 2 * MINUTE, u"done"_s));
    const auto bobs = claim(store, u"export"_s, std::nullopt, BOB, NINE_AM + 3 * MINUTE);
    QVERIFY(ours(bobs));
    QVERIFY(store.finish(bobs->runId, NINE_AM + 4 * MINUTE, u"done"_s));
    QVERIFY(ours(claim(store, u"export"_s, std::nullopt, BOB, NINE_AM + 5 * MINUTE)));
}

// A run is alive while its desktop beats; one whose beats stopped had its desktop killed, and
// that desktop closes its leftovers when it starts again.
void TestJobRunStore::heartbeatsKeepARunAlive()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    OTXDESK_REQUIRE_ENGINE(engine, dir);
    ScopedConnection c(config, u"runs"_s, true);
    QVERIFY(c.ok());
    JobRunStore store(c.db());
    const qint64 t0 = NINE_AM;
    const auto carols = claim(store, u"enrich"_s, t0, CAROL, t0);
    QVERIFY(ours(carols));
    const qint64 stale = JobRunStore::STALE_AFTER_MS;
    // No beat yet: alive until the stale limit.
    QVERIFY(!ours(claim(store, u"enrich"_s, std::nullopt, BOB, t0 + stale - 1)));
    // A beat moves the limit on.
    QVERIFY(store.beat({carols->runId}, t0 + 4 * MINUTE));
    QVERIFY(!ours(claim(store, u"enrich"_s, std::nullopt, BOB, t0 + 4 * MINUTE + stale - 1)));
    // Then the beats stop: Carol's desktop is taken for dead.
    const auto bobs = claim(store, u"enrich"_s, std::nullopt, BOB, t0 + 4 * MINUTE + stale + 1);
    QVERIFY(ours(bobs));
    // Carol starts again: her unfinished run is closed, Bob's is left alone.
    const auto closed = store.closeInterrupted(CAROL.id, t0 + 30 * MINUTE, u"interrupted"_s);
    QVERIFY(closed);
    QCOMPARE(closed.value(), 1);
    const auto runs = store.runs(u"enrich"_s);
    QVERIFY(runs);
    QCOMPARE(runs->size(), 2);
    QCOMPARE(runs->at(0).outcome, u"interrupted"_s);
    QCOMPARE(runs->at(0).finishedAtMs, t0 + 30 * MINUTE);
    QVERIFY(!runs->at(1).finishedAtMs);
    QCOMPARE(store.closeInterrupted(CAROL.id, t0 + 31 * MINUTE, u"interrupted"_s).value(), 0);
}

void TestJobRunStore::concurrentClaimsHaveOneWinner_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<bool>("scheduled");
    for (const QString &engine : {u"sqlite"_s, u"postgres"_s}) {
        QTest::newRow(qPrintable(engine + u" scheduled"_s)) << engine << true;
        // Run now has no due time, so the unique key cannot decide: the lock must.
        QTest::newRow(qPrintable(engine + u" run now"_s)) << engine << false;
    }
}

// Eight desktops claim the same job at once, each on its own connection: one runs it.
void TestJobRunStore::concurrentClaimsHaveOneWinner()
{
    QFETCH(QString, engine);
    QFETCH(bool, scheduled);
    QTemporaryDir dir;
    OTXDESK_REQUIRE_ENGINE(engine, dir);
    {
        ScopedConnection c(config, u"runs"_s, true);
        QVERIFY(c.ok());
    }
    constexpr int DESKTOPS = 8;
    QThreadPool pool;
    pool.setMaxThreadCount(DESKTOPS);
    QSemaphore ready;
    QSemaphore go;
    const std::optional<qint64> due = scheduled ? std::optional<qint64>(NINE_AM) : std::nullopt;
    QList<QFuture<int>> futures;
    for (int d = 0; d < DESKTOPS; ++d) {
        futures.append(QtConcurrent::run(&pool, [&, d] {
            ScopedConnection c(config, Database::uniqueConnectionName(u"claim"_s));
            ready.release();
            go.acquire(); // all connected, then all at once
            if (!c.ok()) {
                return -100;
            }
            JobRunStore store(c.db());
            const auto result =
                    store.claim(u"sync"_s, due, u"id-%1"_s.arg(d), u"ws%1"_s.arg(d), NINE_AM);
            return result ? (result->ours ? 1 : 0) : -100;
        }));
    }
    ready.acquire(DESKTOPS);
    go.release(DESKTOPS);
    int winners = 0;
    for (QFuture<int> &f : futures) {
        winners += f.result();
    }
    QCOMPARE(winners, 1);
    ScopedConnection c(config, u"runs-read"_s);
    const auto runs = JobRunStore(c.db()).runs(u"sync"_s);
    QVERIFY(runs);
    QCOMPARE(runs->size(), 1);
}

// Postgres: while another desktop holds the job's advisory lock, a claim skips.
void TestJobRunStore::aHeldLockSkipsTheRun()
{
    QTemporaryDir dir;
    OTXDESK_REQUIRE_ENGINE(u"postgres"_s, dir);
    ScopedConnection holder(config, u"holder"_s, true);
    ScopedConnection mine(config, u"mine"_s);
    QVERIFY(holder.ok() && mine.ok());
    JobRunStore store(mine.db());
    QVERIFY(ours(claim(store, u"sync"_s, NINE_AM, ALICE, NINE_AM)));
    QSqlQuery lock(holder.db());
    QVERIFY(lock.exec(u"SELECT pg_advisory_lock(%1)"_s.arg(JobRunStore::lockKey(u"sync"_s))));
    const qint64 ninePm = NINE_AM + 12 * 60 * MINUTE;
    const auto skipped = claim(store, u"sync"_s, ninePm, BOB, ninePm);
    QVERIFY(skipped && !skipped->ours && skipped->lockHeld);
    // Who holds it is not known yet; who ran it last is.
    QVERIFY(skipped->other);
    QCOMPARE(skipped->other->desktop, ALICE.name);
    // Another job's lock is another key.
    QVERIFY(JobRunStore::lockKey(u"sync"_s) != JobRunStore::lockKey(u"enrich"_s));
    QVERIFY(ours(claim(store, u"enrich"_s, ninePm, BOB, ninePm)));
    QVERIFY(lock.exec(u"SELECT pg_advisory_unlock(%1)"_s.arg(JobRunStore::lockKey(u"sync"_s))));
    QVERIFY(ours(claim(store, u"sync"_s, ninePm, BOB, ninePm)));
}

QTEST_GUILESS_MAIN(TestJobRunStore)
#include "TestJobRunStore.moc"

#include "models/Database.h"
#include "models/JobRunStore.h"
#include "tests/common/TestDatabases.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 NINE_AM = 1796374800000; // 2026-12-04 09:00 UTC
constexpr qint64 MINUTE = 60000;

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
    void concurrentClaimsHaveOneWinner_data() { TestDatabases::addEngineRows(); }
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

    const auto first = store.claim(u"sync"_s, NINE_AM, u"alice@ws1"_s, NINE_AM + 5);
    QVERIFY(first && first->ours && first->runId > 0);
    // The second desktop's timer fires a little later, for the same 09:00.
    const auto second = store.claim(u"sync"_s, NINE_AM, u"bob@ws2"_s, NINE_AM + 900);
    QVERIFY(second && !second->ours);
    QVERIFY(second->other);
    QCOMPARE(second->other->desktop, u"alice@ws1"_s);
    QCOMPARE(second->other->startedAtMs, NINE_AM + 5);
    // Even once the first run has ended (a desktop catching up at start-up).
    QVERIFY(store.finish(first->runId, NINE_AM + 2 * MINUTE, u"12 new pulses"_s));
    const auto late = store.claim(u"sync"_s, NINE_AM, u"bob@ws2"_s, NINE_AM + 10 * MINUTE);
    QVERIFY(late && !late->ours);
    QCOMPARE(late->other->outcome, u"12 new pulses"_s);
    QCOMPARE(late->other->finishedAtMs, NINE_AM + 2 * MINUTE);
    // Another job, or another due time, is free.
    QVERIFY(store.claim(u"enrich"_s, NINE_AM, u"bob@ws2"_s, NINE_AM + 10)->ours);
    const qint64 ninePm = NINE_AM + 12 * 60 * MINUTE;
    const auto evening = store.claim(u"sync"_s, ninePm, u"bob@ws2"_s, ninePm + 3);
    QVERIFY(evening && evening->ours);

    const auto last = store.lastRuns();
    QVERIFY(last);
    QCOMPARE(last->size(), 2);
    QCOMPARE(last->value(u"sync"_s).desktop, u"bob@ws2"_s);
    QCOMPARE(last->value(u"sync"_s).dueAtMs, ninePm);
    QVERIFY(!last->value(u"sync"_s).finishedAtMs);
    QCOMPARE(store.runs(u"sync"_s)->size(), 2);
}

void TestJobRunStore::runNowWaitsForAnotherDesktopsRun()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    OTXDESK_REQUIRE_ENGINE(engine, dir);
    ScopedConnection c(config, u"runs"_s, true);
    QVERIFY(c.ok());
    JobRunStore store(c.db());

    const auto scheduled = store.claim(u"export"_s, NINE_AM, u"alice@ws1"_s, NINE_AM);
    QVERIFY(scheduled && scheduled->ours);
    // Bob's Run now while Alice's export runs: not his.
    const auto runNow = store.claim(u"export"_s, std::nullopt, u"bob@ws2"_s, NINE_AM + MINUTE);
    QVERIFY(runNow && !runNow->ours);
    QCOMPARE(runNow->other->desktop, u"alice@ws1"_s);
    // Alice's own desktop is not blocked by its own row (from before a restart).
    const auto own = store.claim(u"export"_s, std::nullopt, u"alice@ws1"_s, NINE_AM + MINUTE);
    QVERIFY(own && own->ours);
    // Once her runs ended, Bob may; Run now claims no due time, so he may again and again.
    QVERIFY(store.finish(scheduled->runId, NINE_AM + 2 * MINUTE, u"done"_s));
    QVERIFY(!store.claim(u"export"_s, std::nullopt, u"bob@ws2"_s, NINE_AM + 2 * MINUTE)->ours);
    QVERIFY(store.finish(own->runId, NINE_AM + 2 * MINUTE, u"done"_s));
    const auto bobs = store.claim(u"export"_s, std::nullopt, u"bob@ws2"_s, NINE_AM + 3 * MINUTE);
    QVERIFY(bobs && bobs->ours);
    QVERIFY(store.finish(bobs->runId, NINE_AM + 4 * MINUTE, u"done"_s));
    QVERIFY(store.claim(u"export"_s, std::nullopt, u"bob@ws2"_s, NINE_AM + 5 * MINUTE)->ours);
    // A run left unfinished for longer than the stale limit had its desktop killed.
    const qint64 tomorrow = NINE_AM + 24 * 60 * MINUTE;
    QVERIFY(store.claim(u"enrich"_s, tomorrow, u"carol@ws3"_s, tomorrow)->ours);
    const qint64 later = tomorrow + JobRunStore::STALE_AFTER_MS + 1;
    QVERIFY(store.claim(u"enrich"_s, std::nullopt, u"bob@ws2"_s, later)->ours);
    QVERIFY(!store.claim(u"enrich"_s, std::nullopt, u"dave@ws4"_s, later + 1)->ours);
}

// Eight desktops fire for the same due time at once, each on its own connection: one runs.
void TestJobRunStore::concurrentClaimsHaveOneWinner()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    OTXDESK_REQUIRE_ENGINE(engine, dir);
    {
        ScopedConnection c(config, u"runs"_s, true);
        QVERIFY(c.ok());
    }
    constexpr int DESKTOPS = 8;
    QList<QFuture<int>> futures;
    for (int d = 0; d < DESKTOPS; ++d) {
        futures.append(QtConcurrent::run([config = config, d] {
            ScopedConnection c(config, Database::uniqueConnectionName(u"claim"_s));
            if (!c.ok()) {
                return -100;
            }
            const auto claim =
                    JobRunStore(c.db()).claim(u"sync"_s, NINE_AM, u"ws%1"_s.arg(d), NINE_AM);
            return claim ? (claim->ours ? 1 : 0) : -100;
        }));
    }
    int winners = 0;
    for (QFuture<int> &f : futures) {
        winners += f.result();
    }
    QCOMPARE(winners, 1);
    ScopedConnection c(config, u"runs-read"_s);
    QCOMPARE(JobRunStore(c.db()).runs(u"sync"_s)->size(), 1);
}

// Postgres: while another desktop holds the job's advisory lock, a claim skips at once.
void TestJobRunStore::aHeldLockSkipsTheRun()
{
    QTemporaryDir dir;
    OTXDESK_REQUIRE_ENGINE(u"postgres"_s, dir);
    ScopedConnection holder(config, u"holder"_s, true);
    ScopedConnection mine(config, u"mine"_s);
    QVERIFY(holder.ok() && mine.ok());
    QVERIFY(JobRunStore(holder.db()).claim(u"sync"_s, NINE_AM, u"alice@ws1"_s, NINE_AM)->ours);
    QSqlQuery lock(holder.db());
    QVERIFY(lock.exec(u"SELECT pg_advisory_lock(%1)"_s.arg(JobRunStore::lockKey(u"sync"_s))));
    const qint64 ninePm = NINE_AM + 12 * 60 * MINUTE;
    const auto skipped = JobRunStore(mine.db()).claim(u"sync"_s, ninePm, u"bob@ws2"_s, ninePm);
    QVERIFY(skipped && !skipped->ours);
    QCOMPARE(skipped->other->desktop, u"alice@ws1"_s); // who ran it last
    // Another job's lock is another key.
    QVERIFY(JobRunStore::lockKey(u"sync"_s) != JobRunStore::lockKey(u"enrich"_s));
    QVERIFY(JobRunStore(mine.db()).claim(u"enrich"_s, ninePm, u"bob@ws2"_s, ninePm)->ours);
    QVERIFY(lock.exec(u"SELECT pg_advisory_unlock(%1)"_s.arg(JobRunStore::lockKey(u"sync"_s))));
    QVERIFY(JobRunStore(mine.db()).claim(u"sync"_s, ninePm, u"bob@ws2"_s, ninePm)->ours);
}

QTEST_GUILESS_MAIN(TestJobRunStore)
#include "TestJobRunStore.moc"

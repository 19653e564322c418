#include "services/OtxClient.h"
#include "tests/support/FakeOtxServer.h"
#include "tests/support/Fixtures.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString TEST_KEY = u"0000000000000000000000000000000000000000000000000000000000000002"_s;

} // namespace

// The client runs blocking in its caller's thread; here that is the test thread, and the fake
// answers from the same event loop the client waits in.
class TestOtxClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void backoffPolicy_data();
    void backoffPolicy();
    void sendsTheKeyHeader();
    void errorsAreDistinct_data();
    void errorsAreDistinct();
    void nextLinksStayOnTheConfiguredHost();
    void cancelStopsWaiting();

private:
    OtxClientOptions options() const;
    FakeOtxServer *m_fake = nullptr;
};

void TestOtxClient::init()
{
    m_fake = new FakeOtxServer(this);
    m_fake->setApiKey(TEST_KEY);
    QVERIFY(m_fake->listen() != 0);
}

void TestOtxClient::cleanup()
{
    delete m_fake;
    m_fake = nullptr;
}

OtxClientOptions TestOtxClient::options() const
{
    OtxClientOptions o;
    o.baseUrl = m_fake->baseUrl();
    o.apiKey = TEST_KEY;
    o.timeoutMs = 5000;
    o.maxRetries = 2;
    o.backoffBaseMs = 10;
    o.backoffCapMs = 1500;
    return o;
}

void TestOtxClient::backoffPolicy_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<double>("jitter");
    QTest::addColumn<int>("expected");
    // base 1000 ms, cap 60000 ms: 1000 * 2^(attempt-1) * (1 + jitter/2), capped.
    QTest::newRow("first, no jitter") << 1 << -1 << 0.0 << 1000;
    QTest::newRow("third, no jitter") << 3 << -1 << 0.0 << 4000;
    QTest::newRow("third, full jitter") << 3 << -1 << 1.0 << 6000;
    QTest::newRow("capped") << 10 << -1 << 0.0 << 60000;
    QTest::newRow("Retry-After wins") << 5 << 7 << 0.9 << 7000;
    QTest::newRow("Retry-After capped") << 1 << 3600 << 0.0 << 60000;
    QTest::newRow("Retry-After zero") << 2 << 0 << 0.5 << 0;
}

void TestOtxClient::backoffPolicy()
{
    QFETCH(int, attempt);
    QFETCH(int, retryAfter);
    QFETCH(double, jitter);
    QFETCH(int, expected);
    OtxClientOptions o;
    o.backoffBaseMs = 1000;
    o.backoffCapMs = 60000;
    QCOMPARE(OtxClient::backoffMs(attempt, retryAfter, o, jitter), expected);
}

void TestOtxClient::sendsTheKeyHeader()
{
    OTXDESK_REQUIRE_FIXTURES();
    QVERIFY(m_fake->loadFixtureCorpus());
    OtxClient client(options());
    const auto page = client.get(u"/api/v1/pulses/subscribed"_s);
    QVERIFY2(page, qPrintable(page.error().text()));
    QVERIFY(page->value(u"results"_s).isArray());
    QCOMPARE(m_fake->requests().size(), 1);
    QVERIFY(m_fake->requests().first().keyMatched);
}

void TestOtxClient::errorsAreDistinct_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("fault"); // -1: none
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("requests");
    QTest::newRow("bad key") << u"/api/v1/pulses/subscribed"_s << u"wrong"_s << -1
                             << OtxError::BadKey << 1;
    QTest::newRow("not found") << u"/api/v1/pulses/ffffffffffffffffffffffff"_s << TEST_KEY << -1
                               << OtxError::NotFound << 1;
    // Faults on every attempt: the first request and both retries.
    QTest::newRow("rate limited") << u"/api/v1/pulses/subscribed"_s << TEST_KEY
                                  << int(FakeOtxServer::Fault::TooManyRequests)
                                  << OtxError::RateLimited << 3;
    QTest::newRow("server error") << u"/api/v1/pulses/subscribed"_s << TEST_KEY
                                  << int(FakeOtxServer::Fault::InternalError) << OtxError::Server
                                  << 3;
    QTest::newRow("gateway timeout")
            << u"/api/v1/pulses/subscribed"_s << TEST_KEY
            << int(FakeOtxServer::Fault::GatewayTimeout) << OtxError::Server << 3;
    QTest::newRow("malformed") << u"/api/v1/pulses/subscribed"_s << TEST_KEY
                               << int(FakeOtxServer::Fault::TruncatedJson) << OtxError::Malformed
                               << 3;
    QTest::newRow("network") << u"/api/v1/pulses/subscribed"_s << TEST_KEY
                             << int(FakeOtxServer::Fault::DropConnection) << OtxError::Network << 3;
}

void TestOtxClient::errorsAreDistinct()
{
    OTXDESK_REQUIRE_FIXTURES();
    QFETCH(QString, path);
    QFETCH(QString, key);
    QFETCH(int, fault);
    QFETCH(QString, code);
    QFETCH(int, requests);
    QVERIFY(m_fake->loadFixtureCorpus());
    if (fault >= 0) {
        for (int i = 1; i <= 3; ++i) {
            m_fake->injectFault(path, i, FakeOtxServer::Fault(fault));
        }
    }
    OtxClientOptions o = options();
    o.apiKey = key;
    OtxClient client(o);
    const auto result = client.get(path);
    QVERIFY(!result);
    QCOMPARE(result.error().code, code);
    QVERIFY(!result.error().message.isEmpty());
    QVERIFY(!result.error().text().contains(key));
    QCOMPARE(client.requestCount(), requests);
}

void TestOtxClient::nextLinksStayOnTheConfiguredHost()
{
    OTXDESK_REQUIRE_FIXTURES();
    QVERIFY(m_fake->loadFixtureCorpus());
    OtxClient client(options());
    // A recorded link to the public service is followed on the configured (fake) host.
    const auto page =
            client.getNext(u"https://otx.alienvault.com/api/v1/pulses/subscribed?limit=5&page=2"_s);
    QVERIFY2(page, qPrintable(page.error().text()));
    QCOMPARE(m_fake->requests().size(), 1);
    QCOMPARE(m_fake->requests().first().query.queryItemValue(u"page"_s), u"2"_s);
}

void TestOtxClient::cancelStopsWaiting()
{
    OTXDESK_REQUIRE_FIXTURES();
    QVERIFY(m_fake->loadFixtureCorpus());
    m_fake->setRetryAfterSeconds(60);
    m_fake->injectFault(u"/api/v1/pulses/subscribed"_s,
                        1,
                        FakeOtxServer::Fault::TooManyRequestsRetryAfter);
    OtxClientOptions o = options();
    o.backoffCapMs = 120000;
    OtxClient client(o);
    int checks = 0;
    // Cancelled once the client has started waiting out the Retry-After.
    client.setCancelCheck([&] { return m_fake->requests().size() >= 1 && ++checks > 3; });
    const auto result = client.get(u"/api/v1/pulses/subscribed"_s);
    QVERIFY(!result);
    QCOMPARE(result.error().code, OtxError::Cancelled);
    QCOMPARE(client.requestCount(), 1);
}

QTEST_GUILESS_MAIN(TestOtxClient)
#include "TestOtxClient.moc"

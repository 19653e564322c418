#include "services/MispClient.h"
#include "tests/support/FakeMispServer.h"
#include "tests/support/Fixtures.h"

#include <QFuture>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QTcpServer>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

const QString KEY = u"client00000000000000000000000000000000ab"_s;

template <typename T>
T waitFor(QFuture<T> future)
{
    while (!future.isFinished()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return future.result();
}

} // namespace

// The client against the fake MISP and against servers that are not MISP: each failure says
// which of address, TLS, key or permissions is wrong.
class TestMispClient : public QObject
{
    Q_OBJECT

    // TODO(tests): no TLS failure is tested (an untrusted certificate must fail with
    // MispError::Tls unless TLS is off for that server): the fake serves plain HTTP and the
    // tests have no self-signed certificate to serve HTTPS with.
private slots:
    void init();
    void cleanup();
    void connectsAndReadsPermissions();
    void wrongKeyIsNamed();
    void missingPermissionIsNamed();
    void loginRedirectMeansNotTheApi();
    void nothingListeningIsANetworkError();
    void serverErrorsAreRetried();
    void bothErrorShapesReadClearly();

private:
    MispClientOptions options(const QUrl &url = {}) const;
    Result<MispServerInfo> test(const MispClientOptions &options);

    FakeMispServer *m_misp = nullptr;
    QThreadPool m_pool;
};

void TestMispClient::init()
{
    m_misp = new FakeMispServer(this);
    m_misp->setApiKey(KEY);
    QVERIFY(m_misp->listen());
}

void TestMispClient::cleanup()
{
    delete m_misp;
    m_misp = nullptr;
}

MispClientOptions TestMispClient::options(const QUrl &url) const
{
    MispClientOptions o;
    o.baseUrl = url.isEmpty() ? m_misp->baseUrl() : url;
    o.apiKey = KEY;
    o.timeoutMs = 10000;
    o.maxRetries = 2;
    o.backoffBaseMs = 10;
    o.backoffCapMs = 50;
    return o;
}

Result<MispServerInfo> TestMispClient::test(const MispClientOptions &o)
{
    // The fake answers from this thread; the client blocks in its own.
    return waitFor(QtConcurrent::run(&m_pool, [o] {
        MispClient client(o);
        return client.testConnection();
    }));
}

void TestMispClient::connectsAndReadsPermissions()
{
    OTXDESK_REQUIRE_FIXTURES();
    const QJsonObject recorded =
            Fixtures::load(u"misp/observed/01-getVersion.json"_s)[u"response"_s][u"body_json"_s]
                    .toObject();
    const auto info = test(options());
    QVERIFY2(info, qPrintable(info.error().text()));
    QCOMPARE(info.value().version, recorded[u"version"_s].toString());
    QVERIFY(info.value().mayAdd && info.value().mayTag && info.value().mayPublish);
    // Every request carried the key and asked for JSON.
    for (const auto &r : m_misp->requests()) {
        QVERIFY(r.keyMatched);
        QVERIFY(r.acceptJson);
    }
}

void TestMispClient::wrongKeyIsNamed()
{
    OTXDESK_REQUIRE_FIXTURES();
    MispClientOptions o = options();
    o.apiKey = u"wrong00000000000000000000000000000000000"_s;
    const auto info = test(o);
    QVERIFY(!info);
    QCOMPARE(info.error().code, MispError::BadKey);
    QVERIFY(info.error().message.contains(u"key"_s));
    QVERIFY(!info.error().text().contains(o.apiKey));
}

void TestMispClient::missingPermissionIsNamed()
{
    OTXDESK_REQUIRE_FIXTURES();
    FakeMispServer::Permissions readOnly;
    readOnly.add = false;
    readOnly.siteAdmin = false;
    m_misp->setPermissions(readOnly);
    const auto info = test(options());
    QVERIFY(!info);
    QCOMPARE(info.error().code, MispError::Forbidden);
    QVERIFY(info.error().message.contains(u"add events"_s));
}

void TestMispClient::loginRedirectMeansNotTheApi()
{
    // A web server that sends every request to a login page, as MISP does for browsers.
    QHttpServer web;
    web.route(u"/<arg>"_s, [](const QUrl &) {
        QHttpServerResponse r(QHttpServerResponse::StatusCode::Found);
        r.setHeader("Location", "/users/login");
        return r;
    });
    web.setMissingHandler([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        responder.write(QHttpServerResponder::StatusCode::Found);
    });
    const quint16 port = web.listen(QHostAddress::LocalHost);
    QVERIFY(port != 0);
    const auto info = test(options(QUrl(u"http://127.0.0.1:%1"_s.arg(port))));
    QVERIFY(!info);
    QCOMPARE(info.error().code, MispError::NotRest);
}

void TestMispClient::nothingListeningIsANetworkError()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    const auto info = test(options(QUrl(u"http://127.0.0.1:%1"_s.arg(port))));
    QVERIFY(!info);
    QCOMPARE(info.error().code, MispError::Network);
    QVERIFY(info.error().message.contains(u"127.0.0.1"_s));
}

void TestMispClient::serverErrorsAreRetried()
{
    OTXDESK_REQUIRE_FIXTURES();
    m_misp->injectFault(u"/servers/getVersion"_s, 1, FakeMispServer::Fault::BadGateway);
    m_misp->injectFault(u"/users/view/me"_s, 1, FakeMispServer::Fault::DropConnection);
    const auto info = test(options());
    QVERIFY2(info, qPrintable(info.error().text()));
    QCOMPARE(m_misp->requestCount(u"GET"_s, u"/servers/getVersion"_s), 2);

    // Retries stop at the configured number.
    m_misp->clearRequests();
    for (int i = 1; i <= 3; ++i) {
        m_misp->injectFault(u"/servers/getVersion"_s, i, FakeMispServer::Fault::InternalError);
    }
    const auto failed = test(options());
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, MispError::Server);
    QCOMPARE(m_misp->requestCount(u"GET"_s, u"/servers/getVersion"_s), 3);
}

void TestMispClient::bothErrorShapesReadClearly()
{
    OTXDESK_REQUIRE_FIXTURES();
    // The recorded answers, read as the client reads them.
    struct Case
    {
        QString file;
        QString mustContain;
    };
    const QList<Case> cases = {
            {u"05-attributes-add-duplicate-value.json"_s,
             u"A similar attribute already exists for this event."_s},
            {u"04-events-add-same-uuid-again.json"_s, u"Event already exists"_s},
            {u"16-events-add-missing-info.json"_s, u"info: valueNotEmpty"_s},
            {u"17c-events-add-after-delete-same-uuid.json"_s,
             u"Event blocked by event blocklist."_s},
            {u"09g-attributes-add-batch-all-invalid.json"_s, u"attribute_0"_s},
    };
    for (const Case &c : cases) {
        const QJsonObject response =
                Fixtures::load(u"misp/observed/"_s + c.file)[u"response"_s].toObject();
        MispReply reply;
        reply.status = response[u"status"_s].toInt();
        reply.json = QJsonDocument(response[u"body_json"_s].toObject());
        const QString text = MispClient::describeFailure(reply);
        QVERIFY2(text.contains(c.mustContain), qPrintable(c.file + u": "_s + text));
    }
}

QTEST_GUILESS_MAIN(TestMispClient)
#include "TestMispClient.moc"

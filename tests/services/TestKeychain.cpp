#include "services/SecretStore.h"

#include <QElapsedTimer>
#include <QTest>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

// The OS keychain through QtKeychain. scripts/test runs the suite inside a private D-Bus session
// with an unlocked gnome-keyring (OTXDESK_TEST_KEYCHAIN=1); the "no keychain" variant (field
// case F14) is the same binary run by ctest with the session bus pointed at nothing.
class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void keychain();
    void memoryStoreRoundTrip();

private:
    void roundTrip();
    void unavailableKeychainSaysSo();
    static bool expectKeychain() { return qEnvironmentVariable("OTXDESK_TEST_KEYCHAIN") == u"1"_s; }
    static bool noBusVariant()
    {
        return qEnvironmentVariable("OTXDESK_TEST_NO_KEYCHAIN") == u"1"_s;
    }
};

void TestKeychain::keychain()
{
    if (noBusVariant()) {
        unavailableKeychainSaysSo();
    } else {
        roundTrip();
    }
}

void TestKeychain::roundTrip()
{
    KeychainSecretStore store(u"otxdesk-test"_s);
    const auto probe = store.probe();
    if (!probe) {
        if (expectKeychain() || qEnvironmentVariable("CI") == u"true"_s) {
            QFAIL(qPrintable(u"The keychain should work here: "_s + probe.error().text()));
        }
        QSKIP("No keychain on this machine; ./scripts/test starts one.");
    }
    const QString key = u"test-entry"_s;
    const QString secret = u"not-a-real-key-0123456789"_s;
    QVERIFY(store.write(key, secret));
    const auto read = store.read(key);
    QVERIFY(read);
    QCOMPARE(read.value(), secret);
    QVERIFY(store.remove(key));
    const auto gone = store.read(key);
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, SecretError::NotFound);
    // The message never carries the secret.
    QVERIFY(!gone.error().text().contains(secret));
    // QtKeychain posts events about finished jobs; running them must not touch freed jobs.
    QTest::qWait(200);

    // From a pool thread, as the window does: the call is carried out on the main thread.
    QVERIFY(store.write(key, secret));
    QFuture<Result<QString>> fromWorker =
            QtConcurrent::run([&store, &key] { return store.read(key); });
    QTRY_VERIFY(fromWorker.isFinished());
    QVERIFY(fromWorker.result());
    QCOMPARE(fromWorker.result().value(), secret);
    QVERIFY(store.remove(key));
    QTest::qWait(200);
}

void TestKeychain::unavailableKeychainSaysSo()
{
    KeychainSecretStore store(u"otxdesk-test"_s);
    QElapsedTimer timer;
    timer.start();
    const auto written = store.write(u"test-entry"_s, u"not-a-real-key"_s);
    QVERIFY(!written);
    QVERIFY(timer.elapsed() < 30000);
    QCOMPARE(written.error().code, SecretError::Unavailable);
    QVERIFY(written.error().message.contains(u"not read or saved"_s));
    QVERIFY(written.error().message.contains(u"Secret Service"_s));
    const auto read = store.read(u"test-entry"_s);
    QVERIFY(!read);
    QCOMPARE(read.error().code, SecretError::Unavailable);
    QVERIFY(!store.probe());
}

void TestKeychain::memoryStoreRoundTrip()
{
    MemorySecretStore store;
    QCOMPARE(store.read(u"k"_s).error().code, SecretError::NotFound);
    QVERIFY(store.write(u"k"_s, u"v"_s));
    QCOMPARE(store.read(u"k"_s).value(), u"v"_s);
    QVERIFY(store.remove(u"k"_s));
    QVERIFY(!store.read(u"k"_s));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "TestKeychain.moc"

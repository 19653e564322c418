#include "services/SecretStore.h"

#include "services/Logging.h"

#include <QEventLoop>
#include <QMutexLocker>
#include <QThread>

#include <qt6keychain/keychain.h>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Waits for a QtKeychain job in a local event loop. QtKeychain's job queue is a singleton that
// lives in the thread that first used it and posts events about each job after `finished`, so:
// every job runs on the application's main thread (callers on other threads are marshalled
// there), and a job is released with deleteLater, after those events, never destroyed at once
// (that crashed in QObject::disconnect from a posted event).
void runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

// TODO(secrets): the job waits in a local event loop, which on the GUI thread lets a click be
// handled mid-call (STYLE section 5), and a worker blocks on the main thread, which deadlocks if
// the main thread ever waits for the pool; start the job asynchronously and let only the worker
// wait (a semaphore released from `finished`).
// Runs `call` on the main thread and returns its result; blocks the calling worker meanwhile.
template <typename T>
T onMainThread(const std::function<T()> &call)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread()) {
        return call();
    }
    std::optional<T> result;
    QMetaObject::invokeMethod(
            app,
            [&] { result = call(); },
            Qt::BlockingQueuedConnection);
    return result ? std::move(*result) : T(Error{u"The keychain could not be reached."_s, {}});
}

const QString PROBE_KEY = u"otxdesk-keychain-probe"_s;

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{
}

QString KeychainSecretStore::description() const
{
    return tr("the OS keychain");
}

namespace {

Error keychainError(QKeychain::Error code, const QString &text, const QString &key)
{
    if (code == QKeychain::EntryNotFound) {
        return Error{KeychainSecretStore::tr("No secret named \"%1\" is stored in the keychain.")
                             .arg(key),
                     text,
                     SecretError::NotFound};
    }
    qCWarning(lcSecrets) << "Keychain unavailable."
                         << "entry:" << key << "error:" << text;
    return Error{KeychainSecretStore::tr("The OS keychain is not available, so the secret was "
                                         "not read or saved. otxdesk needs a Secret Service "
                                         "provider (for example gnome-keyring or KWallet) "
                                         "running and unlocked on the session D-Bus."),
                 text,
                 SecretError::Unavailable};
}

} // namespace

Result<QString> KeychainSecretStore::read(const QString &key)
{
    return onMainThread<Result<QString>>([this, &key]() -> Result<QString> {
        auto *job = new QKeychain::ReadPasswordJob(m_service);
        job->setAutoDelete(false);
        job->setKey(key);
        runJob(*job);
        job->deleteLater();
        if (job->error() != QKeychain::NoError) {
            return keychainError(job->error(), job->errorString(), key);
        }
        return job->textData();
    });
}

Result<void> KeychainSecretStore::write(const QString &key, const QString &secret)
{
    return onMainThread<Result<void>>([this, &key, &secret]() -> Result<void> {
        auto *job = new QKeychain::WritePasswordJob(m_service);
        job->setAutoDelete(false);
        job->setKey(key);
        job->setTextData(secret);
        runJob(*job);
        job->deleteLater();
        if (job->error() != QKeychain::NoError) {
            return keychainError(job->error(), job->errorString(), key);
        }
        qCInfo(lcSecrets) << "Secret saved in the keychain."
                          << "entry:" << key;
        return {};
    });
}

Result<void> KeychainSecretStore::remove(const QString &key)
{
    return onMainThread<Result<void>>([this, &key]() -> Result<void> {
        auto *job = new QKeychain::DeletePasswordJob(m_service);
        job->setAutoDelete(false);
        job->setKey(key);
        runJob(*job);
        job->deleteLater();
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
            return keychainError(job->error(), job->errorString(), key);
        }
        return {};
    });
}

Result<void> KeychainSecretStore::probe()
{
    const QString value = u"probe"_s;
    if (auto w = write(PROBE_KEY, value); !w) {
        return w;
    }
    auto r = read(PROBE_KEY);
    remove(PROBE_KEY);
    if (!r) {
        return r.error();
    }
    if (r.value() != value) {
        return Error{tr("The OS keychain returned something other than what was stored."),
                     {},
                     SecretError::Unavailable};
    }
    return {};
}

Result<QString> MemorySecretStore::read(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd()) {
        return Error{tr("No secret named \"%1\" is held for this session.").arg(key),
                     {},
                     SecretError::NotFound};
    }
    return it.value();
}

Result<void> MemorySecretStore::write(const QString &key, const QString &secret)
{
    QMutexLocker lock(&m_mutex);
    m_secrets.insert(key, secret);
    return {};
}

Result<void> MemorySecretStore::remove(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    m_secrets.remove(key);
    return {};
}

QString MemorySecretStore::description() const
{
    return tr("this session only (not saved)");
}

SessionFirstSecretStore::SessionFirstSecretStore(std::shared_ptr<SecretStore> session,
                                                 SecretStore &keychain)
    : m_session(std::move(session))
    , m_keychain(keychain)
{
}

Result<QString> SessionFirstSecretStore::read(const QString &key)
{
    if (m_session) {
        if (auto kept = m_session->read(key); kept && !kept.value().isEmpty()) {
            return kept;
        }
    }
    return m_keychain.read(key);
}

Result<void> SessionFirstSecretStore::write(const QString &key, const QString &secret)
{
    return m_keychain.write(key, secret);
}

Result<void> SessionFirstSecretStore::remove(const QString &key)
{
    return m_keychain.remove(key);
}

QString SessionFirstSecretStore::description() const
{
    return m_keychain.description();
}

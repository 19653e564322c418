#include "services/SecretStore.h"

#include "services/Logging.h"

#include <QEventLoop>
#include <QMutexLocker>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {

// Waits for a QtKeychain job in a local event loop. Job threads and headless code only.
void runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
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
    QKeychain::ReadPasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError) {
        return keychainError(job.error(), job.errorString(), key);
    }
    return job.textData();
}

Result<void> KeychainSecretStore::write(const QString &key, const QString &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(key);
    job.setTextData(secret);
    runJob(job);
    if (job.error() != QKeychain::NoError) {
        return keychainError(job.error(), job.errorString(), key);
    }
    qCInfo(lcSecrets) << "Secret saved in the keychain."
                      << "entry:" << key;
    return {};
}

Result<void> KeychainSecretStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        return keychainError(job.error(), job.errorString(), key);
    }
    return {};
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

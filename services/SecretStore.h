#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>

namespace SecretError {
inline const QString NotFound = QStringLiteral("secret.not_found");
inline const QString Unavailable = QStringLiteral("secret.unavailable");
} // namespace SecretError

/// Where API keys and passwords live. Blocking calls: use them from a job thread or headless
/// code (QtConcurrent::run on the pool from the GUI), never directly on the GUI thread.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    /// The secret, or an Error with code NotFound or Unavailable.
    virtual Result<QString> read(const QString &key) = 0;
    virtual Result<void> write(const QString &key, const QString &secret) = 0;
    virtual Result<void> remove(const QString &key) = 0;
    /// A name for messages: "the OS keychain", "this session only".
    virtual QString description() const = 0;
    /// Whether secrets outlive this run (false for a store kept in memory).
    virtual bool persistent() const { return true; }
};

/// The OS keychain through QtKeychain (Secret Service on Linux). Never falls back to plain
/// text: when no keychain is reachable every call fails with code Unavailable and a message
/// that names what is missing.
class KeychainSecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    explicit KeychainSecretStore(QString service = QStringLiteral("otxdesk"));

    Result<QString> read(const QString &key) override;
    Result<void> write(const QString &key, const QString &secret) override;
    Result<void> remove(const QString &key) override;
    QString description() const override;

    /// Writes, reads back and deletes a probe entry: tells whether the keychain works here.
    Result<void> probe();

private:
    QString m_service;
};

/// Secrets kept in memory for this session only (no keychain, or tests).
class MemorySecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(MemorySecretStore)

public:
    Result<QString> read(const QString &key) override;
    Result<void> write(const QString &key, const QString &secret) override;
    Result<void> remove(const QString &key) override;
    QString description() const override;
    bool persistent() const override { return false; }

private:
    QMutex m_mutex;
    QHash<QString, QString> m_secrets;
};

/// Reads from the secrets kept for this session first, then from the keychain; writes and
/// removes go to the keychain. What a job uses so that a key kept "for this session only" (no
/// keychain) works as one saved.
class SessionFirstSecretStore : public SecretStore
{
public:
    SessionFirstSecretStore(std::shared_ptr<SecretStore> session, SecretStore &keychain);

    Result<QString> read(const QString &key) override;
    Result<void> write(const QString &key, const QString &secret) override;
    Result<void> remove(const QString &key) override;
    QString description() const override;

private:
    std::shared_ptr<SecretStore> m_session;
    SecretStore &m_keychain;
};

/// Keychain entry names.
namespace SecretKeys {
inline const QString OtxApiKey = QStringLiteral("otx-api-key");
inline const QString MispApiKey = QStringLiteral("misp-api-key");
} // namespace SecretKeys

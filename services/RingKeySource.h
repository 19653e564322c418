#pragma once

#include "models/DatabaseConfig.h"
#include "services/KeyRing.h"
#include "services/OtxClient.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

class ScopedConnection;
class SecretStore;

/// The key ring as an OtxClient's key source, for jobs that make one request at a time (a
/// sync): each request takes the ring's choice, counts against that key's limits in the store,
/// and a 429 or 403 moves the next try to another key. Opens its database connection and reads
/// the keychain on first use, on the thread that uses it (the job's); destroy it there too.
class RingKeySource : public OtxKeySource
{
    Q_DECLARE_TR_FUNCTIONS(RingKeySource)

public:
    RingKeySource(DatabaseConfig database,
                  std::shared_ptr<SecretStore> secrets,
                  KeyRingOptions options = {});
    ~RingKeySource() override;

    std::optional<Key> next(qint64 *waitMs, QString *why) override;
    bool sent(const QString &name) override;
    void answered(const QString &name, int httpStatus, int retryAfterSeconds) override;

    /// Sentences for the analyst about keys limited or refused; taking them empties the list.
    QStringList takeNotices();

private:
    bool open(QString *why);

    DatabaseConfig m_database;
    std::shared_ptr<SecretStore> m_secrets;
    KeyRingOptions m_options;
    std::unique_ptr<ScopedConnection> m_connection;
    std::unique_ptr<KeyStore> m_store;
    std::optional<KeyRing> m_ring;
};

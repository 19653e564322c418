#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTest>

/// Where the shared, read-only fixtures live, and how a test reacts when they are missing.
///
/// The folder is `$OTXDESK_FIXTURES` when that is set, else `<source tree>/../shared/fixtures`
/// (the source tree is compiled in as OTXDESK_SOURCE_DIR). Paths given to load() are relative
/// to that folder, for example `otx/pulses/subscribed_page_2024-12_5pulses.json`.
namespace Fixtures {

/// The fixtures folder as an absolute, clean path (it may not exist).
QString root();
/// True when root() holds the OTX fixtures (`otx/pulses`).
bool available();
/// Parses one fixture file; a null document (and a warning naming the file) when it cannot.
QJsonDocument load(const QString &relativePath);
/// One sentence naming the folder that was looked at and the OTXDESK_FIXTURES variable.
QString missingMessage();
/// One field case from `<root>/../field-cases/<name>` (the JSON object; empty when missing).
QJsonObject fieldCase(const QString &name);
/// True when the environment says CI=true (or 1): missing fixtures are then a failure.
bool underCi();

} // namespace Fixtures

/// For use at the top of a test function: without fixtures the test is skipped on a
/// developer machine and fails under CI, where a missing folder is a broken checkout.
#define OTXDESK_REQUIRE_FIXTURES()                             \
    do {                                                       \
        if (!Fixtures::available()) {                          \
            if (Fixtures::underCi()) {                         \
                QFAIL(qPrintable(Fixtures::missingMessage())); \
            }                                                  \
            QSKIP(qPrintable(Fixtures::missingMessage()));     \
        }                                                      \
    } while (false)

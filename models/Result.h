#pragma once

#include <QString>

#include <optional>
#include <utility>

/// What went wrong, in two registers: a sentence the analyst can act on, and the technical
/// detail (driver text, HTTP status) for the log and the "Details" of a message.
struct Error
{
    QString message;
    QString detail;
    QString code; ///< stable and machine-readable, such as "otx.bad_key"; may be empty

    QString text() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + u')';
    }
};

/// A value or an Error. C++20 has no std::expected, so this is our small stand-in.
template <typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// Result of an operation that yields nothing but success.
template <>
class Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

#pragma once

#include <QMetaObject>
#include <QThread>

#include <type_traits>

/// A fake server living on a thread of its own, so that its work never counts against the
/// client or the GUI thread being measured; every call is carried out on that thread.
template <typename Fake>
class FakeThread
{
public:
    FakeThread()
        : m_fake(new Fake)
    {
        m_fake->moveToThread(&m_thread);
        m_thread.start();
    }

    ~FakeThread()
    {
        QMetaObject::invokeMethod(
                m_fake,
                [f = m_fake] { delete f; },
                Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    FakeThread(const FakeThread &) = delete;
    FakeThread &operator=(const FakeThread &) = delete;

    /// Runs `f(fake)` on the fake's thread and returns what it returns.
    template <typename F>
    std::invoke_result_t<F, Fake &> call(F f)
    {
        if constexpr (std::is_void_v<std::invoke_result_t<F, Fake &>>) {
            QMetaObject::invokeMethod(
                    m_fake,
                    [&] { f(*m_fake); },
                    Qt::BlockingQueuedConnection);
        } else {
            std::invoke_result_t<F, Fake &> result{};
            QMetaObject::invokeMethod(
                    m_fake,
                    [&] { result = f(*m_fake); },
                    Qt::BlockingQueuedConnection);
            return result;
        }
    }

private:
    QThread m_thread;
    Fake *m_fake;
};

#include "navigation.h"

#include <type_traits>

// Qt 6.4 builds a QML singleton with its default constructor when it has one, bypassing create().
static_assert(!std::is_default_constructible_v<Navigation>, "QML must get the instance main() built");

namespace {
Navigation *s_instance = nullptr;
} // namespace

Navigation::Navigation(QObject *parent) : QObject(parent)
{
    s_instance = this;
}

Navigation::~Navigation()
{
    if (s_instance == this)
        s_instance = nullptr;
}

Navigation *Navigation::instance()
{
    return s_instance;
}

Navigation *Navigation::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void Navigation::setPage(const QString &page)
{
    if (page == m_page)
        return;
    m_page = page;
    emit pageChanged();
}

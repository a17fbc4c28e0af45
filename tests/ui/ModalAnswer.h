#pragma once

#include <functional>

class QWidget;

// Answers the next modal box or dialog with `answer` once it is up, as a person at the screen would.
void whenModal(const std::function<void(QWidget*)>& answer);

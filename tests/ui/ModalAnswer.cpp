#include "ModalAnswer.h"

#include <QApplication>
#include <QTimer>
#include <QWidget>

void whenModal(const std::function<void(QWidget*)>& answer)
{
    auto* poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, [poll, answer] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            poll->stop();
            poll->deleteLater();
            answer(modal);
        }
    });
    poll->start();
}

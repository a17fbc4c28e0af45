#pragma once

#include <QString>

namespace kl {

// One signature under a document: the role as printed ("Minister van Justitie en Veiligheid", "voorzitter van
// de commissie") and the name ("D.M. van Weel").
struct Signature {
    QString role;
    QString name;
    // A minister's or staatssecretaris's signature: the principal one under a nader rapport, whoever signed first.
    bool isGovernment() const;
};

} // namespace kl

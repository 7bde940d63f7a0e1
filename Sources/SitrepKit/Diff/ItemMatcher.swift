/// Pairs the items of one list in two editions by identity, never by position, so the order of a
/// list never counts as change.
///
/// 1. Items that both give the same `id` are the same item, whatever else changed.
/// 2. The rest pair by natural key (a figure's metric, group and place, a border's two countries…),
///    but two items whose `id`s differ never pair.
/// 3. Where several items share a key on a side, equal items pair first, then items citing the same
///    source, then items whose sources have the same publisher (a hospital's daily bulletins are new
///    sources from one publisher), each only when cited once on each side, then one source's highest
///    count with its highest, then a last single pair unless its two items name different
///    publishers; any others are added or removed.
enum ItemMatcher {
    /// One item in both editions, or in one of them.
    struct Pair<Item> {
        /// The old edition's item, if it has one.
        let old: Item?
        /// The new edition's item, if it has one.
        let new: Item?
        /// Whether `id` matched them.
        let byID: Bool
        /// Whether several items share this item's natural key on one side.
        let sharesKey: Bool
        /// The identity a diff reports: `id:…` or the natural key.
        let key: String
    }

    /// How to read identity from an item.
    struct Identity<Item> {
        /// The `id:` the file gives, if any.
        let id: (Item) -> String?
        /// The natural key, already normalised.
        let key: (Item) -> String
        /// The source the item cites.
        let source: (Item) -> String?
        /// Whether two items say the same thing.
        let same: (Item, Item) -> Bool
        /// The publisher of the source an old edition's item cites, normalised; nil when not given.
        var oldPublisher: (Item) -> String? = { _ in nil }
        /// The publisher of the source a new edition's item cites, normalised; nil when not given.
        var newPublisher: (Item) -> String? = { _ in nil }
        /// How high a figure's count reaches, for pairing one source's highest with its highest.
        var reach: ((Item) -> Int?)?
    }

    /// The pairs, new edition's order first (changed, unchanged and added items), then the removed
    /// items in the old edition's order.
    static func match<Item>(old: [Item], new: [Item], identity: Identity<Item>) -> [Pair<Item>] {
        var partnerOfNew = [Int?](repeating: nil, count: new.count)
        var oldTaken = [Bool](repeating: false, count: old.count)
        var matchedByID = [Bool](repeating: false, count: new.count)

        // 1. By id.
        var oldByID: [String: Int] = [:]
        for (index, item) in old.enumerated() {
            if let id = identity.id(item), !id.isEmpty, oldByID[id] == nil { oldByID[id] = index }
        }
        for (index, item) in new.enumerated() {
            guard let id = identity.id(item), !id.isEmpty, let partner = oldByID[id], !oldTaken[partner] else { continue }
            partnerOfNew[index] = partner
            oldTaken[partner] = true
            matchedByID[index] = true
        }

        // 2 and 3. By natural key.
        func compatible(_ o: Int, _ n: Int) -> Bool {
            guard let a = identity.id(old[o]), let b = identity.id(new[n]), !a.isEmpty, !b.isEmpty else { return true }
            return a == b
        }
        var keysInOrder: [String] = []
        var oldByKey: [String: [Int]] = [:], newByKey: [String: [Int]] = [:]
        for (index, item) in new.enumerated() {
            let key = identity.key(item)
            if newByKey[key] == nil, oldByKey[key] == nil { keysInOrder.append(key) }
            newByKey[key, default: []].append(index)
        }
        for (index, item) in old.enumerated() {
            let key = identity.key(item)
            if newByKey[key] == nil, oldByKey[key] == nil { keysInOrder.append(key) }
            oldByKey[key, default: []].append(index)
        }
        for key in keysInOrder {
            var olds = (oldByKey[key] ?? []).filter { !oldTaken[$0] }
            var news = (newByKey[key] ?? []).filter { partnerOfNew[$0] == nil }
            func pair(_ o: Int, _ n: Int) {
                partnerOfNew[n] = o
                oldTaken[o] = true
                olds.removeAll { $0 == o }
                news.removeAll { $0 == n }
            }
            for n in news {
                if let o = olds.first(where: { compatible($0, n) && identity.same(old[$0], new[n]) }) { pair(o, n) }
            }
            /// Pairs the items whose citation (source or publisher) is given once on each side.
            func pairCitedOnce(old oldCitation: (Item) -> String?, new newCitation: (Item) -> String?) {
                func once(_ indices: [Int], _ items: [Item], _ citation: (Item) -> String?) -> [String: Int] {
                    var counts: [String: [Int]] = [:]
                    for index in indices { if let cited = citation(items[index]) { counts[cited, default: []].append(index) } }
                    return counts.compactMapValues { $0.count == 1 ? $0[0] : nil }
                }
                let oldByCitation = once(olds, old, oldCitation), newByCitation = once(news, new, newCitation)
                for n in news {
                    guard let cited = newCitation(new[n]), newByCitation[cited] == n,
                          let o = oldByCitation[cited], olds.contains(o), compatible(o, n) else { continue }
                    pair(o, n)
                }
            }
            pairCitedOnce(old: identity.source, new: identity.source)
            pairCitedOnce(old: identity.oldPublisher, new: identity.newPublisher)
            // One source's several counts (a total and a part of it): its highest is its total, on
            // a key figure as here, so the highest pairs with the highest ("15 and 3" then "10" is
            // the total falling from 15 to 10, which `check` must see).
            if let reach = identity.reach {
                // Once per source (then per publisher, for a source's next bulletin), whatever the
                // order of the lists: the rest are parts, added or removed.
                /// The index of the highest count among `indices`; ties go to the one listed first.
                func highest(_ indices: [Int], in items: [Item]) -> Int? {
                    indices.max { (reach(items[$0]) ?? -1, $1) < (reach(items[$1]) ?? -1, $0) }
                }
                func pairHighest(old oldCitation: (Item) -> String?, new newCitation: (Item) -> String?) {
                    let cited = Set(news.compactMap { newCitation(new[$0]) })
                    for citation in cited.sorted() {
                        let oldOfCitation = olds.filter { oldCitation(old[$0]) == citation }
                        let newOfCitation = news.filter { newCitation(new[$0]) == citation }
                        guard !oldOfCitation.isEmpty, oldOfCitation.count > 1 || newOfCitation.count > 1,
                              let n = highest(newOfCitation, in: new), let o = highest(oldOfCitation.filter { compatible($0, n) }, in: old)
                        else { continue }
                        pair(o, n)
                    }
                }
                pairHighest(old: identity.source, new: identity.source)
                pairHighest(old: identity.oldPublisher, new: identity.newPublisher)
            }
            // Beside other figures, two that different publishers give are two sources' numbers,
            // not one number that changed.
            let several = (oldByKey[key]?.count ?? 0) > 1 || (newByKey[key]?.count ?? 0) > 1
            if olds.count == 1, news.count == 1, compatible(olds[0], news[0]),
               !(several && publishersDiffer(old[olds[0]], new[news[0]], identity)) {
                pair(olds[0], news[0])
            }
        }

        // The pairs, in order.
        func sharesKey(_ key: String) -> Bool { (oldByKey[key]?.count ?? 0) > 1 || (newByKey[key]?.count ?? 0) > 1 }
        func reportedKey(id: String?, key: String, byID: Bool, source: String?) -> String {
            if byID, let id { return "id:\(id)" }
            return sharesKey(key) ? "\(key)/\(source ?? "")" : key
        }
        var pairs: [Pair<Item>] = []
        for (index, item) in new.enumerated() {
            let key = identity.key(item)
            let partner = partnerOfNew[index]
            pairs.append(Pair(
                old: partner.map { old[$0] }, new: item, byID: matchedByID[index], sharesKey: sharesKey(key),
                key: reportedKey(id: identity.id(item), key: key, byID: matchedByID[index], source: identity.source(item))))
        }
        for (index, item) in old.enumerated() where !oldTaken[index] {
            let key = identity.key(item)
            pairs.append(Pair(
                old: item, new: nil, byID: false, sharesKey: sharesKey(key),
                key: reportedKey(id: nil, key: key, byID: false, source: identity.source(item))))
        }
        return pairs
    }

    /// Whether an old and a new item cite sources of two publishers, each named.
    static func publishersDiffer<Item>(_ old: Item, _ new: Item, _ identity: Identity<Item>) -> Bool {
        guard let before = identity.oldPublisher(old), let after = identity.newPublisher(new) else { return false }
        return before != after
    }

    /// The publisher of the source `id` names in `situation`, normalised for comparing; nil when
    /// the item cites no source or its source names no publisher.
    static func publisher(of id: String?, in situation: Situation) -> String? {
        guard let id, let publisher = situation.source(withID: id)?.publisher else { return nil }
        let key = DiffNormal.key(publisher)
        return key.isEmpty ? nil : key
    }
}

import Git

/// The paths a walk must follow through every commit's tree, as a tree of names laid out in preorder, so a node's
/// subtree is the contiguous range `node..<end[node]` and a state (one entry id per node) copies a subtree in one slice.
struct PathTrie {
    /// Node 0 is the root (a commit's tree); every other node is one name below its parent.
    private(set) var names: [String] = [""]
    private(set) var children: [[Int]] = [[]]
    private(set) var end: [Int] = []
    /// The node of each path given to `init`, in order.
    private(set) var leaves: [Int] = []
    /// Per node, its children's names, in the order of `children`, ready to be looked up in the node's trees.
    private(set) var childNames: [EntryNames] = []

    var count: Int { names.count }

    init(paths: [String]) {
        var byPrefix: [String: Int] = ["": 0]
        var parents = [0]
        for path in Set(paths).sorted() {
            var prefix = ""
            var parent = 0
            for name in path.split(separator: "/", omittingEmptySubsequences: false).map(String.init) {
                prefix = prefix.isEmpty ? name : prefix + "/" + name
                if let node = byPrefix[prefix] {
                    parent = node
                    continue
                }
                let node = names.count
                names.append(name)
                children.append([])
                parents.append(parent)
                children[parent].append(node)
                byPrefix[prefix] = node
                parent = node
            }
        }
        // Sorted paths give every node's descendants after it; renumber in preorder so subtrees are contiguous.
        var order: [Int] = []
        var stack = [0]
        while let node = stack.popLast() {
            order.append(node)
            stack.append(contentsOf: children[node].reversed())
        }
        var position = Array(repeating: 0, count: names.count)
        for (newIndex, node) in order.enumerated() { position[node] = newIndex }
        names = order.map { names[$0] }
        children = order.map { children[$0].map { position[$0] } }
        end = Array(repeating: 0, count: names.count)
        for node in stride(from: names.count - 1, through: 0, by: -1) {
            end[node] = children[node].last.map { end[$0] } ?? node + 1
        }
        leaves = paths.map { position[byPrefix[$0]!] }
        childNames = children.map { EntryNames($0.map { names[$0] }) }
    }
}

import Git

/// What a history walk tells as it goes: each blob met first at a path the watch wants (`wants`, asked once per
/// path). A scan reading blobs beside the walk learns early which blobs path rules will want, before the walk is done.
struct AppearanceWatch {
    let wants: (String) -> Bool
    let met: (ObjectID) -> Void
}

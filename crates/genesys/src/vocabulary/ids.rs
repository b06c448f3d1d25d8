//! Genesys identifiers and names. Every one is an opaque string, kept exactly as received: the
//! documents print ids that are not valid UUIDs (`4ddalab6-…`, an 11-digit last group), host
//! names elided as `...`, and names with spaces.

use ccwire_wire::string_id;

string_id! {
    /// A server-side interaction id of the Interactions API: the `{id}` of
    /// `/interactions/{id}` and `/me/interactions/{id}` (e.g. `00009a8T8Y130123`).
    ///
    /// ```
    /// use ccwire_genesys::InteractionId;
    /// assert_eq!(InteractionId::from("00009a8T8Y130123"), "00009a8T8Y130123");
    /// ```
    InteractionId;
    /// A Service Client interaction id (`interactionId`, `parentInteractionId`): a client-side id
    /// of Agent Desktop, "lost on the next session or refresh". It names the same interaction as
    /// an [`InteractionId`] but in another id space, so it is a different type.
    ///
    /// ```
    /// use ccwire_genesys::LocalInteractionId;
    /// assert_eq!(LocalInteractionId::from("1").as_str(), "1");
    /// ```
    LocalInteractionId;
    /// The interaction's UUID (`interactionUUID`): `attr_itx_id` of a multimedia interaction,
    /// the call UUID of a voice interaction.
    ///
    /// ```
    /// let id = ccwire_genesys::InteractionUuid::from("4L6JGNEE9H7DT671FRPTKE6CQ000000G");
    /// assert_eq!(id.as_str().len(), 32);
    /// ```
    InteractionUuid;
    /// A voice call's UUID (`callUuid`).
    ///
    /// ```
    /// let id = ccwire_genesys::CallUuid::from("4L6JGNEE9H7DT671FRPTKE6CQ000000G");
    /// assert_eq!(id, "4L6JGNEE9H7DT671FRPTKE6CQ000000G");
    /// ```
    CallUuid;
    /// A customer case id (`caseId`, `selectedCaseId`, the `IW_CaseUid` user data key).
    ///
    /// ```
    /// // Not a valid UUID (`l` in the first group), kept as sent.
    /// let id = ccwire_genesys::CaseId::from("4ddalab6-aeab-4a33-f5d0-0153c9fdb43b");
    /// assert!(id.as_str().starts_with("4ddalab6"));
    /// ```
    CaseId;
    /// An agent (user) id: the `userId` of a `Transfer` operation ("a unique Agent identifier").
    ///
    /// ```
    /// let id = ccwire_genesys::UserId::from("agent-42");
    /// assert_eq!(id.to_string(), "agent-42");
    /// ```
    UserId;
    /// A workbin identifier (`workbin`). The document does not say what form it takes.
    ///
    /// ```
    /// let id = ccwire_genesys::WorkbinId::from("workbin-identifier");
    /// assert_eq!(id, "workbin-identifier");
    /// ```
    WorkbinId;
    /// A queue name (`queueName`).
    ///
    /// ```
    /// let q = ccwire_genesys::QueueName::from("queue-name");
    /// assert_eq!(q, "queue-name");
    /// ```
    QueueName;
    /// An interaction URI of `GET /me/interactions` (the document's host is elided as `...`, so
    /// it is not a parseable URL).
    ///
    /// ```
    /// let u = ccwire_genesys::InteractionUri::from("http://.../api/v2/interactions/00009a8T8Y130123");
    /// assert!(u.as_str().ends_with("00009a8T8Y130123"));
    /// ```
    InteractionUri;
    /// A custom toast id: returned by `system.popupToast`, taken by `updateToast`/`closeToast`,
    /// carried by `CUSTOM_TOAST_BUTTON_CLICK` (`customToastId`).
    ///
    /// ```
    /// let id = ccwire_genesys::ToastId::from("toast-1");
    /// assert_eq!(id, "toast-1");
    /// ```
    ToastId;
    /// A media name (`media`, `Media.name`, `getMediaByName(name)`), e.g. `voice`.
    ///
    /// ```
    /// let m = ccwire_genesys::MediaName::from("voice");
    /// assert_eq!(m, "voice");
    /// ```
    MediaName;
    /// The operation name of an agent or media state (`State.operationName`,
    /// `stateOperationName` of `agent.setState` / `media.setState`).
    ///
    /// ```
    /// let op = ccwire_genesys::StateOperationName::from("Ready");
    /// assert_eq!(op, "Ready");
    /// ```
    StateOperationName;
}

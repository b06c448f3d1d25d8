//! The Genesys Interactions API: HTTP operations on `/interactions`, `/me/interactions`,
//! `/interactions/{id}` and `/me/interactions/{id}`.
//!
//! * The operation requests posted to `/me/interactions/{id}` are one type, [`Operation`],
//!   tagged on `operationName` (`SingleStepTransfer` is written `Transfer` on the wire).
//!   Because they carry a discriminator, `ccwire_codec::decode` detects them.
//! * Results come in three styles: `{"status":"ok"}` / `{"status":"error","errorDescription"}`
//!   ([`StatusOk`], [`StatusError`]), `{"statusCode":0}` / `{"statusCode":N,"statusMessage"}`
//!   ([`StatusCodeOk`], [`StatusCodeError`]) and `{"status":0}` ([`NumericStatusOk`], Cancel
//!   only). They carry no discriminator shared by all, so they are decoded by kind name; the
//!   [`ENDPOINTS`] table says which operation answers in which style.
//! * The `GET /me/interactions` answers: [`MyInteractions`] (`?fields=*`) and
//!   [`MyInteractionUris`].
//!
//! The document gives no payload for the CometD interaction notifications ("same message format
//! as CometD notifications for interactions", `InteractionStateMessage`): they are kept as
//! preserved, unvalidated objects ([`CometdNotification`]). It gives no body for
//! `GET /interactions`, `GET /interactions/{id}` and `PUT /interactions/{id}` either.
//!
//! The prose says a successful Accept or Reject "results in an empty HTTP 200 response", while
//! the samples show `{"status":"ok"}`; the samples are modelled.

use std::borrow::Cow;
use std::fmt;

use crate::{InteractionUri, QueueName, UserData, UserId, WorkbinId};
use ccwire_wire::{Extra, Lenient, Wire, tagged_union};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};

/// `{"operationName":"Accept"}`: accept a new interaction (after a new interaction notification).
///
/// ```
/// use ccwire_genesys::interactions_api::Accept;
/// assert!(serde_json::from_str::<Accept>(r#"{"operationName":"Accept"}"#).is_ok());
/// assert!(serde_json::from_str::<Accept>(r#"{"operationName":"Reject"}"#).is_err());
/// ```
///
/// The per-media reference pages of Genesys Web Services add optional members: `saveLAR` on
/// e-mail, open media and (later revisions) chat (`EmailAccept`, `OpenMediaAPIAccept`,
/// `ChatAccept`: "(optional)", "Possible values are true or false") and `nickname` on chat
/// (`ChatAccept`: "The agent nickname, as displayed to the customer"). Pages of the Genesys Web
/// Services API reference, docs.genesys.com `Documentation/HTCC/latest/API/<page>`.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "Accept", tag_key = "operationName")]
pub struct Accept {
    /// Whether the agent becomes the interaction's last agent for routing (e-mail, open media,
    /// chat; optional on every page).
    #[wire(rename = "saveLAR")]
    pub save_lar: Option<Lenient<bool>>,
    /// The agent's name as the customer sees it (chat).
    pub nickname: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `{"operationName":"Reject"}`: reject a new interaction, so that it is presented to another
/// agent.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "Reject", tag_key = "operationName")]
pub struct Reject {
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `{"operationName":"Cancel"}`: cancel an incomplete interaction after a Reply or ReplyAll.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "Cancel", tag_key = "operationName")]
pub struct Cancel {
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `{"operationName":"Complete"}`: stop processing the interaction (ends the agent's ownership).
///
/// The per-media reference pages add optional members (all marked "(optional)"): `queueName`
/// on e-mail, chat and workitem ("If queueName is specified, the email will be placed in the
/// specified queue", `EmailComplete`, `ChatComplete`, `WorkitemComplete`), `saveLAR` on e-mail
/// and chat, and on chat a closing message: `text`, with `messageType` and `treatAs` ("must be
/// provided together with the text parameter", `ChatComplete`). IM and the seed send none.
///
/// ```
/// use ccwire_genesys::interactions_api::Complete;
/// let op: Complete = serde_json::from_str(
///     r#"{"operationName":"Complete","queueName":"Q1","text":"Bye","treatAs":"System"}"#).unwrap();
/// assert_eq!(op.queue_name.as_ref().map(|q| q.as_str()), Some("Q1"));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "Complete", tag_key = "operationName")]
pub struct Complete {
    /// The queue to place the interaction in (e-mail, chat, workitem).
    pub queue_name: Option<QueueName>,
    /// Whether the agent becomes the interaction's last agent for routing (e-mail, chat).
    #[wire(rename = "saveLAR")]
    pub save_lar: Option<Lenient<bool>>,
    /// A closing message to the customer (chat).
    #[wire(flatten)]
    pub message: ChatMessage,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The message to the customer that a chat operation may carry ("(Optional)" on
/// `ChatComplete` and `ChatSingleStepTransfer`): `text`, with its `messageType` ("default value
/// is Text") and `treatAs` (`Normal`, the default, or `System`), which "must be provided
/// together with the text parameter".
#[derive(Wire, Debug, Clone, PartialEq, Default)]
pub struct ChatMessage {
    /// A message to the customer (chat).
    pub text: Option<String>,
    /// The message's type, with `text` ("default value is Text"; chat).
    pub message_type: Option<String>,
    /// How the message is treated, with `text`: `Normal` (the default) or `System` (chat).
    pub treat_as: Option<String>,
}

/// `{"operationName":"PlaceInQueue","queueName":…}`: place the interaction into a queue.
///
/// ```
/// use ccwire_genesys::interactions_api::PlaceInQueue;
/// let op: PlaceInQueue = serde_json::from_str(r#"{"operationName":"PlaceInQueue","queueName":"q"}"#).unwrap();
/// assert_eq!(op.queue_name, "q");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "PlaceInQueue", tag_key = "operationName")]
pub struct PlaceInQueue {
    /// The queue (genesys-interactions-api.txt L160).
    pub queue_name: QueueName,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `{"operationName":"UpdateUserData","userData":{…}}`: update the interaction's user data.
///
/// ```
/// use ccwire_genesys::interactions_api::UpdateUserData;
/// let op: UpdateUserData = serde_json::from_str(
///     r#"{"operationName":"UpdateUserData","userData":{"field1":"value1","field3":{"fieldA":"valueA"}}}"#).unwrap();
/// assert_eq!(op.user_data.len(), 2);
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "UpdateUserData", tag_key = "operationName")]
pub struct UpdateUserData {
    /// The keys and values to update (genesys-interactions-api.txt L188).
    pub user_data: UserData,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `{"operationName":"AttachUserData","userData":{…}}`: attach user data to the interaction.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "AttachUserData", tag_key = "operationName")]
pub struct AttachUserData {
    /// The keys and values to attach (genesys-interactions-api.txt L227).
    pub user_data: UserData,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// Declares an operation whose body comes in forms told apart by which one member is present
/// (the forms the per-media reference pages document for the same `operationName`): an enum of
/// the forms, each its own type with its own required members. Decoding reads the object once,
/// picks the form whose member is present (the member-less form when none is) and decodes the
/// object as that form; two forms' members together are an error. The schema is `anyOf` the
/// forms, each excluding the others' members, so it accepts exactly what the decoder does.
macro_rules! operation_forms {
    (@fallback $name:ident, $text:ident,) => {
        Err(ccwire_wire::located::error(
            "",
            format_args!("missing field: one of {}", $name::FORM_MEMBERS.join(", ")),
        ))
    };
    (@fallback $name:ident, $text:ident, $none:ident) => {
        ccwire_wire::dispatch::decode_nested(&$text).map($name::$none)
    };
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident($form:ty) = $member:literal, )*
            $( @none $(#[$nmeta:meta])* $none:ident($none_form:ty), )?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant($form), )*
            $( $(#[$nmeta])* $none($none_form), )?
        }

        impl $name {
            /// The members that tell the forms apart.
            pub const FORM_MEMBERS: &'static [&'static str] = &[$($member),*];
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    $( Self::$variant(v) => v.serialize(serializer), )*
                    $( Self::$none(v) => v.serialize(serializer), )?
                }
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let object = ccwire_wire::UnknownObject::deserialize(deserializer)?;
                Self::from_members(object.fields().clone())
            }
        }

        impl $name {
            /// Picks the form from the members of the whole object (repeats already refused)
            /// and decodes it as that form.
            fn from_members<E: de::Error>(members: Extra) -> Result<Self, E> {
                let present: Vec<&str> = Self::FORM_MEMBERS
                    .iter()
                    .copied()
                    .filter(|m| members.contains_key(m))
                    .collect();
                if present.len() > 1 {
                    return Err(ccwire_wire::located::error(
                        "",
                        format_args!("members of different forms: {}", present.join(", ")),
                    ));
                }
                let text = serde_json::to_string(&members).map_err(E::custom)?;
                match present.first().copied() {
                    $( Some($member) => ccwire_wire::dispatch::decode_nested(&text).map(Self::$variant), )*
                    _ => operation_forms!(@fallback $name, text, $($none)?),
                }
            }
        }

        /// Read as one object of a tagged union: every member is kept, then the form is chosen.
        impl ccwire_wire::wire::WireObject for $name {
            type Builder = Extra;

            fn field_names(out: &mut Vec<&'static str>) {
                out.extend_from_slice(Self::FORM_MEMBERS);
            }

            fn accept<'de, A: de::MapAccess<'de>>(
                _: &mut Extra,
                _: &str,
                _: &mut A,
            ) -> Result<bool, A::Error> {
                Ok(false)
            }

            fn accept_unknown<'de, A: de::MapAccess<'de>>(
                builder: &mut Extra,
                key: &str,
                map: &mut A,
            ) -> Result<(), A::Error> {
                ccwire_wire::wire::read_extra(map, builder, key)
            }

            fn finish<E: de::Error>(builder: Extra) -> Result<Self, E> {
                // Members were kept unchecked as they came (`read_extra`).
                Self::from_members(builder.checked()?)
            }

            fn serialize_fields<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
                match self {
                    $( Self::$variant(v) => v.serialize_fields(map), )*
                    $( Self::$none(v) => v.serialize_fields(map), )?
                }
            }

            fn inspect_fields(&self, pointer: &ccwire_wire::inspect::Pointer<'_>, out: &mut ccwire_wire::inspect::Findings) {
                match self {
                    $( Self::$variant(v) => v.inspect_fields(pointer, out), )*
                    $( Self::$none(v) => v.inspect_fields(pointer, out), )?
                }
            }

            /// A forms enum is not flattened into another object; were it, its members would be
            /// described as those of all its forms, none required (its own schema is exact).
            fn schema_fields(
                generator: &mut SchemaGenerator,
                properties: &mut serde_json::Map<String, serde_json::Value>,
                _: &mut Vec<String>,
            ) {
                let mut ignored = Vec::new();
                $( <$form as ccwire_wire::wire::WireObject>::schema_fields(generator, properties, &mut ignored); )*
                $( <$none_form as ccwire_wire::wire::WireObject>::schema_fields(generator, properties, &mut ignored); )?
            }
        }

        impl ccwire_wire::inspect::Inspect for $name {
            fn inspect(&self, pointer: &ccwire_wire::inspect::Pointer<'_>, out: &mut ccwire_wire::inspect::Findings) {
                match self {
                    $( Self::$variant(v) => v.inspect(pointer, out), )*
                    $( Self::$none(v) => v.inspect(pointer, out), )?
                }
            }
        }

        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                Cow::Borrowed(stringify!($name))
            }

            fn json_schema(generator: &mut SchemaGenerator) -> Schema {
                let others = |own: Option<&str>| -> serde_json::Value {
                    let required: Vec<serde_json::Value> = Self::FORM_MEMBERS
                        .iter()
                        .filter(|m| Some(**m) != own)
                        .map(|m| serde_json::json!({ "required": [m] }))
                        .collect();
                    serde_json::json!({ "not": { "anyOf": required } })
                };
                let branches = vec![
                    $( serde_json::json!({ "allOf": [generator.subschema_for::<$form>(), others(Some($member))] }), )*
                    $( serde_json::json!({ "allOf": [generator.subschema_for::<$none_form>(), others(None)] }), )?
                ];
                json_schema!({ "anyOf": branches })
            }
        }
    };
}

operation_forms! {
    /// `{"operationName":"DeleteUserData",…}`: delete user data, in the forms the references
    /// document (one per channel family):
    ///
    /// | form | members | where |
    /// |---|---|---|
    /// | [`DeleteUserData::Values`] | `userData` (keys with values) | the seed (genesys-interactions-api.txt), `EmailDeleteUserData`'s table |
    /// | [`DeleteUserData::Keys`] | `keys` (names) | `ChatDeleteUserData`, `OpenMediaAPIDeleteUD`, `WorkitemDeleteUserData`, `EmailDeleteUserData`'s sample |
    /// | [`DeleteUserData::Key`] | `key` (one name, "(mandatory)") | `IMSessionDeleteUserData` |
    /// | [`DeleteUserData::All`] | none ("Deletes all user data from the call") | `DeleteUserData` (voice) |
    ///
    /// (Pages of the Genesys Web Services API reference, docs.genesys.com
    /// `Documentation/GWS/8.5.2/API/<page>`.) Members of two forms together are refused.
    ///
    /// ```
    /// use ccwire_genesys::interactions_api::DeleteUserData;
    /// let op: DeleteUserData = serde_json::from_str(r#"{"operationName":"DeleteUserData","keys":["K1"]}"#).unwrap();
    /// assert!(matches!(op, DeleteUserData::Keys(ref k) if k.keys == ["K1"]));
    /// let all: DeleteUserData = serde_json::from_str(r#"{"operationName":"DeleteUserData"}"#).unwrap();
    /// assert!(matches!(all, DeleteUserData::All(_)));
    /// assert!(serde_json::from_str::<DeleteUserData>(r#"{"operationName":"DeleteUserData","key":"a","keys":["b"]}"#).is_err());
    /// ```
    pub enum DeleteUserData {
        /// The keys to delete, with values (the seed's form).
        Values(DeleteUserDataValues) = "userData",
        /// The names of the keys to delete.
        Keys(DeleteUserDataKeys) = "keys",
        /// The name of the one key to delete.
        Key(DeleteUserDataKey) = "key",
        @none
        /// Every key (voice).
        All(DeleteAllUserData),
    }
}

/// [`DeleteUserData`] with `userData`: the keys to delete, with values. The seed sends a full
/// key/value map (not a list of keys).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "DeleteUserData", tag_key = "operationName")]
pub struct DeleteUserDataValues {
    /// The keys (with values) to delete (genesys-interactions-api.txt L266).
    pub user_data: UserData,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// [`DeleteUserData`] with `keys`: "The user data keys to delete" (chat, open media,
/// workitem).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "DeleteUserData", tag_key = "operationName")]
pub struct DeleteUserDataKeys {
    /// The names of the keys ("The user data keys to delete": reference page
    /// `ChatDeleteUserData`; also `OpenMediaAPIDeleteUD` and `WorkitemDeleteUserData`).
    pub keys: Vec<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// [`DeleteUserData`] with `key`: "Deletes a user data key" (IM sessions; "(mandatory)").
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "DeleteUserData", tag_key = "operationName")]
pub struct DeleteUserDataKey {
    /// The name of the key ("(mandatory)": reference page `IMSessionDeleteUserData`).
    pub key: String,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// [`DeleteUserData`] with no member: "Deletes all user data from the call" (voice).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "DeleteUserData", tag_key = "operationName")]
pub struct DeleteAllUserData {
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `{"operationName":"PlaceInWorkbin","workbin":…}`: place the interaction into a workbin.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "PlaceInWorkbin", tag_key = "operationName")]
pub struct PlaceInWorkbin {
    /// The workbin (genesys-interactions-api.txt L303).
    pub workbin: WorkbinId,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `{"operationName":"GetWorkbinContent","workbin":…}`: ask for a workbin's content, which
/// arrives on CometD as a list of `InteractionStateMessage`s (not documented).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "GetWorkbinContent", tag_key = "operationName")]
pub struct GetWorkbinContent {
    /// The workbin (genesys-interactions-api.txt L329).
    pub workbin: WorkbinId,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

operation_forms! {
    /// `{"operationName":"Transfer",…}`: the SingleStepTransfer operation, which the wire names
    /// `Transfer`; transfers ownership, in the forms the references document:
    ///
    /// | form | target member | where |
    /// |---|---|---|
    /// | [`SingleStepTransfer::User`] | `userId` | the seed (genesys-interactions-api.txt) |
    /// | [`SingleStepTransfer::UserUri`] | `userUri` | `EmailTransfer` ("userUri or queueName") |
    /// | [`SingleStepTransfer::Target`] | `targetUri` (a user or queue) | `ChatSingleStepTransfer` ("targetUri or queueName"), `OpenMediaAPITransfer` |
    /// | [`SingleStepTransfer::Queue`] | `queueName` | `EmailTransfer`, `ChatSingleStepTransfer` |
    ///
    /// (Pages of the Genesys Web Services API reference, docs.genesys.com
    /// `Documentation/HTCC/latest/API/<page>`.) Each form needs its target; two targets together
    /// are refused, and so is none. Voice calls use another operation (`SingleStepTransfer` on
    /// the wire, with a `destination`): [`CallSingleStepTransfer`].
    ///
    /// ```
    /// use ccwire_genesys::interactions_api::SingleStepTransfer;
    /// let op: SingleStepTransfer = serde_json::from_str(r#"{"operationName":"Transfer","userId":"a1"}"#).unwrap();
    /// assert!(matches!(op, SingleStepTransfer::User(ref u) if u.user_id == "a1"));
    /// let q: SingleStepTransfer = serde_json::from_str(r#"{"operationName":"Transfer","queueName":"Q"}"#).unwrap();
    /// assert!(matches!(q, SingleStepTransfer::Queue(_)));
    /// assert!(serde_json::from_str::<SingleStepTransfer>(r#"{"operationName":"Transfer"}"#).is_err());
    /// ```
    pub enum SingleStepTransfer {
        /// To an agent, by id (the seed's form).
        User(TransferToUser) = "userId",
        /// To an agent, by URI (e-mail).
        UserUri(TransferToUserUri) = "userUri",
        /// To a user or queue, by URI (chat, open media).
        Target(TransferToTarget) = "targetUri",
        /// To a queue, by name (e-mail, chat).
        Queue(TransferToQueue) = "queueName",
    }
}

/// [`SingleStepTransfer`] to an agent, by id.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "Transfer", tag_key = "operationName")]
pub struct TransferToUser {
    /// The agent receiving the interaction (genesys-interactions-api.txt L359).
    pub user_id: UserId,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// [`SingleStepTransfer`] to an agent, by URI (`http://[host]/api/v2/users/{id}`).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "Transfer", tag_key = "operationName")]
pub struct TransferToUserUri {
    /// The agent receiving the interaction ("userUri or queueName": reference page
    /// `EmailTransfer`).
    pub user_uri: String,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// [`SingleStepTransfer`] to a user or queue, by URI; on chat, with an optional message.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "Transfer", tag_key = "operationName")]
pub struct TransferToTarget {
    /// "The user or queue to transfer to." (reference page `OpenMediaAPITransfer`; on chat,
    /// "targetUri or queueName", reference page `ChatSingleStepTransfer`).
    pub target_uri: String,
    /// The message to the customer that chat sends with the transfer.
    #[wire(flatten)]
    pub message: ChatMessage,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// [`SingleStepTransfer`] to a queue, by name; on chat, with an optional message.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "Transfer", tag_key = "operationName")]
pub struct TransferToQueue {
    /// The queue ("userUri or queueName": reference page `EmailTransfer`; "targetUri or
    /// queueName": reference page `ChatSingleStepTransfer`).
    pub queue_name: QueueName,
    /// The message to the customer that chat sends with the transfer.
    #[wire(flatten)]
    pub message: ChatMessage,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `{"operationName":"SingleStepTransfer","destination":{…}}`: the voice calls API's
/// single-step transfer, posted to `/api/v2/me/calls/{id}` ("Performs a single-step transfer
/// to the specified destination", Genesys Web Services API reference, `SingleStepTransfer`).
/// `destination` is required: the page marks `location` and `userData` optional, not it.
///
/// ```
/// use ccwire_genesys::interactions_api::CallSingleStepTransfer;
/// let op: CallSingleStepTransfer = serde_json::from_str(
///     r#"{"operationName":"SingleStepTransfer","destination":{"phoneNumber":"15002"}}"#).unwrap();
/// assert_eq!(op.destination.phone_number.as_deref(), Some("15002"));
/// assert!(serde_json::from_str::<CallSingleStepTransfer>(r#"{"operationName":"SingleStepTransfer"}"#).is_err());
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "SingleStepTransfer", tag_key = "operationName")]
pub struct CallSingleStepTransfer {
    /// "A JSON object that includes the number to be dialed." (reference page
    /// `SingleStepTransfer`, where the other two parameters are "optional").
    pub destination: CallDestination,
    /// "An optional parameter" naming the location of the destination.
    pub location: Option<String>,
    /// "An optional JSON object" of data to attach to the call.
    pub user_data: Option<UserData>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The `destination` of a [`CallSingleStepTransfer`].
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct CallDestination {
    /// The number to dial.
    ///
    /// *Expected*: the page says the object "includes the number to be dialed", and its sample
    /// sends it, without a promise.
    #[wire(expected)]
    pub phone_number: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

tagged_union! {
    /// An operation request posted to `/me/interactions/{id}`, by `operationName`.
    ///
    /// A known `operationName` with a malformed body is an error; an unknown one is kept whole.
    ///
    /// ```
    /// use ccwire_genesys::interactions_api::Operation;
    /// let op: Operation = serde_json::from_str(r#"{"operationName":"Transfer","userId":"a1"}"#).unwrap();
    /// assert_eq!(op.kind(), Some("Transfer"));
    /// assert_eq!(op.type_name(), Some("SingleStepTransfer"));
    /// let future: Operation = serde_json::from_str(r#"{"operationName":"Redirect","x":1}"#).unwrap();
    /// assert!(!future.is_known());
    /// assert!(serde_json::from_str::<Operation>(r#"{"operationName":"PlaceInQueue"}"#).is_err());
    /// ```
    pub enum Operation (tag = "operationName", unknown = Unknown, kinds = "genesys.interactions") {
        /// Accept.
        Accept(Accept) = "Accept",
        /// Reject.
        Reject(Reject) = "Reject",
        /// Cancel.
        Cancel(Cancel) = "Cancel",
        /// Complete.
        Complete(Complete) = "Complete",
        /// PlaceInQueue.
        PlaceInQueue(PlaceInQueue) = "PlaceInQueue",
        /// UpdateUserData.
        UpdateUserData(UpdateUserData) = "UpdateUserData",
        /// AttachUserData.
        AttachUserData(AttachUserData) = "AttachUserData",
        /// DeleteUserData.
        DeleteUserData(DeleteUserData) = "DeleteUserData",
        /// PlaceInWorkbin.
        PlaceInWorkbin(PlaceInWorkbin) = "PlaceInWorkbin",
        /// GetWorkbinContent.
        GetWorkbinContent(GetWorkbinContent) = "GetWorkbinContent",
        /// SingleStepTransfer (`Transfer` on the wire).
        SingleStepTransfer(SingleStepTransfer) = "Transfer" => SingleStepTransfer,
        /// The voice calls API's SingleStepTransfer (`SingleStepTransfer` on the wire).
        CallSingleStepTransfer(CallSingleStepTransfer) = "SingleStepTransfer" => CallSingleStepTransfer,
    }
}

impl Operation {
    /// The operation's type name (`SingleStepTransfer` for the wire's `Transfer`), for a known
    /// operation.
    #[must_use]
    pub fn type_name(&self) -> Option<&'static str> {
        Self::type_name_of(self.kind()?)
    }

    /// The type name of the operation whose `operationName` is `wire`.
    #[must_use]
    pub fn type_name_of(wire: &str) -> Option<&'static str> {
        Some(match wire {
            "Accept" => "Accept",
            "Reject" => "Reject",
            "Cancel" => "Cancel",
            "Complete" => "Complete",
            "PlaceInQueue" => "PlaceInQueue",
            "UpdateUserData" => "UpdateUserData",
            "AttachUserData" => "AttachUserData",
            "DeleteUserData" => "DeleteUserData",
            "PlaceInWorkbin" => "PlaceInWorkbin",
            "GetWorkbinContent" => "GetWorkbinContent",
            "Transfer" => "SingleStepTransfer",
            "SingleStepTransfer" => "CallSingleStepTransfer",
            _ => return None,
        })
    }
}

/// A status code that must be `0` (success).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Zero;

impl Serialize for Zero {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u64(0)
    }
}

impl<'de> Deserialize<'de> for Zero {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let n = u64::deserialize(deserializer)?;
        if n == 0 {
            Ok(Zero)
        } else {
            Err(de::Error::invalid_value(de::Unexpected::Unsigned(n), &"0"))
        }
    }
}

ccwire_wire::nothing_to_inspect!(Zero);

impl JsonSchema for Zero {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Zero")
    }

    fn schema_id() -> Cow<'static, str> {
        Cow::Borrowed(concat!(module_path!(), "::Zero"))
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "description": "The success code, 0.", "const": 0 })
    }
}

/// A failure status code: "an integer value above 0". The document gives no table of codes.
///
/// ```
/// use ccwire_genesys::interactions_api::FailureCode;
/// assert_eq!(serde_json::from_str::<FailureCode>("7").unwrap().get(), 7);
/// assert!(serde_json::from_str::<FailureCode>("0").is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FailureCode(u64);

impl FailureCode {
    /// The code, if above 0.
    #[must_use]
    pub fn new(code: u64) -> Option<Self> {
        (code > 0).then_some(Self(code))
    }

    /// The code.
    #[must_use]
    pub fn get(self) -> u64 {
        self.0
    }
}

impl Serialize for FailureCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u64(self.0)
    }
}

impl<'de> Deserialize<'de> for FailureCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let n = u64::deserialize(deserializer)?;
        Self::new(n).ok_or_else(|| {
            de::Error::invalid_value(de::Unexpected::Unsigned(n), &"an integer above 0")
        })
    }
}

ccwire_wire::nothing_to_inspect!(FailureCode);

impl JsonSchema for FailureCode {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("FailureCode")
    }

    fn schema_id() -> Cow<'static, str> {
        Cow::Borrowed(concat!(module_path!(), "::FailureCode"))
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "description": "A failure code: an integer above 0.", "type": "integer", "minimum": 1 })
    }
}

/// `{"status":"ok"}`: success of Accept, Reject, PlaceInQueue, Update/Attach/DeleteUserData,
/// PlaceInWorkbin and GetWorkbinContent.
///
/// ```
/// use ccwire_genesys::interactions_api::StatusOk;
/// assert!(serde_json::from_str::<StatusOk>(r#"{"status":"ok"}"#).is_ok());
/// assert!(serde_json::from_str::<StatusOk>(r#"{"status":0}"#).is_err());
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "ok", tag_key = "status")]
pub struct StatusOk {
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `{"status":"error","errorDescription":…}`: failure of the operations that answer
/// [`StatusOk`] on success.
///
/// ```
/// use ccwire_genesys::interactions_api::StatusError;
/// let e: StatusError = serde_json::from_str(r#"{"status":"error","errorDescription":"details"}"#).unwrap();
/// assert_eq!(e.error_description, "details");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "error", tag_key = "status")]
pub struct StatusError {
    /// What went wrong (genesys-interactions-api.txt L65, L92, L175, L212, L251, L290, L318,
    /// L344).
    pub error_description: String,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `{"statusCode":0}`: success of Complete and SingleStepTransfer.
///
/// ```
/// use ccwire_genesys::interactions_api::StatusCodeOk;
/// assert!(serde_json::from_str::<StatusCodeOk>(r#"{"statusCode":0}"#).is_ok());
/// assert!(serde_json::from_str::<StatusCodeOk>(r#"{"statusCode":3}"#).is_err());
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct StatusCodeOk {
    /// Always 0 (genesys-interactions-api.txt L139, L367).
    pub status_code: Zero,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `{"statusCode":N,"statusMessage":…}` with N above 0: failure of Cancel, Complete and
/// SingleStepTransfer.
///
/// ```
/// use ccwire_genesys::interactions_api::StatusCodeError;
/// let e: StatusCodeError = serde_json::from_str(r#"{"statusCode":1,"statusMessage":"details"}"#).unwrap();
/// assert_eq!(e.status_code.get(), 1);
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct StatusCodeError {
    /// The failure code (above 0; genesys-interactions-api.txt L118, L145, L373).
    pub status_code: FailureCode,
    /// What went wrong (genesys-interactions-api.txt L119, L146, L374).
    pub status_message: String,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `{"status":0}`: success of Cancel (a numeric `status`, unlike every other operation).
///
/// ```
/// use ccwire_genesys::interactions_api::NumericStatusOk;
/// assert!(serde_json::from_str::<NumericStatusOk>(r#"{"status":0}"#).is_ok());
/// assert!(serde_json::from_str::<NumericStatusOk>(r#"{"status":"ok"}"#).is_err());
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct NumericStatusOk {
    /// Always 0 (genesys-interactions-api.txt L112).
    pub status: Zero,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// An interaction in CometD notification format. The document only names this payload ("same
/// message format as CometD notifications for interactions", `InteractionStateMessage`) and
/// shows none of its members, so it is kept as a preserved, unvalidated JSON object.
///
/// ```
/// use ccwire_genesys::interactions_api::CometdNotification;
/// let n: CometdNotification = serde_json::from_str(r#"{"anything":[1]}"#).unwrap();
/// assert_eq!(n.fields().len(), 1);
/// ```
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CometdNotification(ccwire_wire::UnknownObject);

impl CometdNotification {
    /// The members as received.
    #[must_use]
    pub fn fields(&self) -> &Extra {
        self.0.fields()
    }
}

impl fmt::Debug for CometdNotification {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("CometdNotification").field(&self.0).finish()
    }
}

ccwire_wire::nothing_to_inspect!(CometdNotification);

impl JsonSchema for CometdNotification {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("CometdNotification")
    }

    fn schema_id() -> Cow<'static, str> {
        Cow::Borrowed(concat!(module_path!(), "::CometdNotification"))
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "An interaction in CometD notification format; not documented, kept unvalidated.",
            "type": "object",
        })
    }
}

/// The answer of `GET /me/interactions?fields=*`: the agent's interactions in CometD
/// notification format.
///
/// ```
/// use ccwire_genesys::interactions_api::MyInteractions;
/// let r: MyInteractions = serde_json::from_str(r#"{"statusCode":0,"interactions":[{}]}"#).unwrap();
/// assert_eq!(r.interactions.len(), 1);
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct MyInteractions {
    /// Always 0 (the response sample of genesys-interactions-api.txt L17).
    pub status_code: Zero,
    /// The interactions (payload not documented; response sample:
    /// genesys-interactions-api.txt L17).
    pub interactions: Vec<CometdNotification>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The answer of `GET /me/interactions`: the URIs of the agent's interactions.
///
/// ```
/// use ccwire_genesys::interactions_api::MyInteractionUris;
/// let r: MyInteractionUris = serde_json::from_str(
///     r#"{"statusCode":0,"uris":["http://.../api/v2/interactions/00009a8T8Y130123"]}"#).unwrap();
/// assert_eq!(r.uris.len(), 1);
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct MyInteractionUris {
    /// Always 0 (the response sample of genesys-interactions-api.txt L18).
    pub status_code: Zero,
    /// The interaction URIs (the response sample of genesys-interactions-api.txt L18).
    pub uris: Vec<InteractionUri>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// An HTTP method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::IntoStaticStr, strum::Display)]
#[strum(serialize_all = "UPPERCASE")]
#[non_exhaustive]
pub enum HttpMethod {
    /// `GET`.
    Get,
    /// `POST`.
    Post,
    /// `PUT`.
    Put,
}

/// A permission an endpoint requires (one of them suffices).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::IntoStaticStr, strum::Display)]
#[non_exhaustive]
pub enum Permission {
    /// `Contact Center Admin`.
    #[strum(serialize = "Contact Center Admin")]
    ContactCenterAdmin,
    /// `Agent`.
    #[strum(serialize = "Agent")]
    Agent,
}

/// One endpoint of the Interactions API, as the document describes it, for clients and test
/// doubles. Types are given as ccwire kind names (decode them with `ccwire_codec::decode_as`,
/// or with `decode` for the detectable operation requests); `None` means the document gives no
/// body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Endpoint {
    /// The HTTP method.
    pub method: HttpMethod,
    /// The path (`{id}` is an [`crate::InteractionId`]).
    pub path: &'static str,
    /// The query string, when the endpoint is told apart by one (`fields=*`).
    pub query: Option<&'static str>,
    /// The `operationName` posted, for the `/me/interactions/{id}` operations.
    pub operation_name: Option<&'static str>,
    /// Who may call it.
    pub permissions: &'static [Permission],
    /// The request body's kind.
    pub request: Option<&'static str>,
    /// The success body's kind.
    pub success: Option<&'static str>,
    /// The failure body's kind.
    pub failure: Option<&'static str>,
    /// What it does (from the document).
    pub summary: &'static str,
}

impl Endpoint {
    /// The endpoint of the operation whose `operationName` is `wire` (`Transfer` for
    /// SingleStepTransfer).
    ///
    /// ```
    /// use ccwire_genesys::interactions_api::Endpoint;
    /// let e = Endpoint::for_operation("Transfer").unwrap();
    /// assert_eq!(e.request, Some("genesys.interactions.SingleStepTransfer"));
    /// assert_eq!(e.success, Some("genesys.interactions.StatusCodeOk"));
    /// ```
    #[must_use]
    pub fn for_operation(wire: &str) -> Option<&'static Endpoint> {
        ENDPOINTS.iter().find(|e| e.operation_name == Some(wire))
    }
}

const AGENT: &[Permission] = &[Permission::Agent];
const ADMIN_OR_AGENT: &[Permission] = &[Permission::ContactCenterAdmin, Permission::Agent];
const ME_ID: &str = "/me/interactions/{id}";
const OK: Option<&str> = Some("genesys.interactions.StatusOk");
const ERROR: Option<&str> = Some("genesys.interactions.StatusError");
const CODE_OK: Option<&str> = Some("genesys.interactions.StatusCodeOk");
const CODE_ERROR: Option<&str> = Some("genesys.interactions.StatusCodeError");

/// An operation posted to `/me/interactions/{id}`.
const fn operation(
    name: &'static str,
    request: &'static str,
    success: Option<&'static str>,
    failure: Option<&'static str>,
    summary: &'static str,
) -> Endpoint {
    Endpoint {
        method: HttpMethod::Post,
        path: ME_ID,
        query: None,
        operation_name: Some(name),
        permissions: AGENT,
        request: Some(request),
        success,
        failure,
        summary,
    }
}

/// Every endpoint the document lists (16): five plain HTTP endpoints and the eleven operations
/// posted to `/me/interactions/{id}`.
///
/// ```
/// use ccwire_genesys::interactions_api::ENDPOINTS;
/// assert_eq!(ENDPOINTS.len(), 16);
/// assert_eq!(ENDPOINTS.iter().filter(|e| e.operation_name.is_some()).count(), 11);
/// ```
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint {
        method: HttpMethod::Get,
        path: "/interactions",
        query: None,
        operation_name: None,
        permissions: ADMIN_OR_AGENT,
        request: None,
        success: None,
        failure: None,
        summary: "Returns the list of all active interactions for this Contact Center (body not documented).",
    },
    Endpoint {
        method: HttpMethod::Get,
        path: "/me/interactions",
        query: Some("fields=*"),
        operation_name: None,
        permissions: AGENT,
        request: None,
        success: Some("genesys.interactions.MyInteractions"),
        failure: None,
        summary: "Returns the list of interactions that are being handled by the agent.",
    },
    Endpoint {
        method: HttpMethod::Get,
        path: "/me/interactions",
        query: None,
        operation_name: None,
        permissions: AGENT,
        request: None,
        success: Some("genesys.interactions.MyInteractionUris"),
        failure: None,
        summary: "Returns a list of interaction URIs that are being handled by the agent.",
    },
    Endpoint {
        method: HttpMethod::Get,
        path: "/interactions/{id}",
        query: None,
        operation_name: None,
        permissions: AGENT,
        request: None,
        success: None,
        failure: None,
        summary: "Returns the interaction details for a given interaction (body not documented).",
    },
    Endpoint {
        method: HttpMethod::Put,
        path: "/interactions/{id}",
        query: None,
        operation_name: None,
        permissions: AGENT,
        request: None,
        success: None,
        failure: None,
        summary: "Updates a given interaction; the operation depends on the channel (bodies not documented).",
    },
    operation(
        "Accept",
        "genesys.interactions.Accept",
        OK,
        ERROR,
        "Accepts a new interaction.",
    ),
    operation(
        "Reject",
        "genesys.interactions.Reject",
        OK,
        ERROR,
        "Rejects a new interaction.",
    ),
    operation(
        "Cancel",
        "genesys.interactions.Cancel",
        Some("genesys.interactions.NumericStatusOk"),
        CODE_ERROR,
        "Cancels an incomplete interaction after a Reply or ReplyAll.",
    ),
    operation(
        "Complete",
        "genesys.interactions.Complete",
        CODE_OK,
        CODE_ERROR,
        "Stops the interaction processing.",
    ),
    operation(
        "PlaceInQueue",
        "genesys.interactions.PlaceInQueue",
        OK,
        ERROR,
        "Places the interaction into a queue.",
    ),
    operation(
        "UpdateUserData",
        "genesys.interactions.UpdateUserData",
        OK,
        ERROR,
        "Updates the interaction properties.",
    ),
    operation(
        "AttachUserData",
        "genesys.interactions.AttachUserData",
        OK,
        ERROR,
        "Updates the interaction properties.",
    ),
    operation(
        "DeleteUserData",
        "genesys.interactions.DeleteUserData",
        OK,
        ERROR,
        "Updates the interaction properties.",
    ),
    operation(
        "PlaceInWorkbin",
        "genesys.interactions.PlaceInWorkbin",
        OK,
        ERROR,
        "Places the interaction into a specified workbin.",
    ),
    operation(
        "GetWorkbinContent",
        "genesys.interactions.GetWorkbinContent",
        OK,
        ERROR,
        "Returns the contents of a given workbin (as CometD notifications).",
    ),
    operation(
        "Transfer",
        "genesys.interactions.SingleStepTransfer",
        CODE_OK,
        CODE_ERROR,
        "SingleStepTransfer: transfers interaction ownership from one agent to another agent.",
    ),
];

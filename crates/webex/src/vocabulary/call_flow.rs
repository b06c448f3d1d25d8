//! Flow parameters (`interaction.callFlowParams`).

use ccwire_wire::open_enum;

use ccwire_wire::{Extra, Wire};

open_enum! {
    /// What a flow parameter refers to (`qualifier`).
    ///
    /// ```
    /// use ccwire_webex::FlowQualifier;
    /// assert_eq!(FlowQualifier::from("vteam"), FlowQualifier::Vteam);
    /// ```
    pub enum FlowQualifier {
        /// A virtual team (queue).
        Vteam = "vteam",
        /// A media file.
        MediaFile = "mediaFile",
        /// No qualifier (`""`).
        Empty = "",
    }
}

open_enum! {
    /// Declared type of a flow parameter's value (`valueDataType`).
    ///
    /// ```
    /// use ccwire_webex::FlowValueType;
    /// assert_eq!(FlowValueType::from("string"), FlowValueType::String);
    /// ```
    pub enum FlowValueType {
        /// Text.
        String = "string",
        /// Boolean.
        Boolean = "boolean",
        /// Integer.
        Integer = "integer",
        /// Decimal.
        Decimal = "decimal",
        /// Date-time.
        DateTime = "datetime",
    }
}

/// One flow parameter (an entry of `interaction.callFlowParams`, keyed by name).
///
/// ```
/// use ccwire_webex::{CallFlowParam, FlowQualifier};
/// let p: CallFlowParam = serde_json::from_str(r#"{"name":"Queue","qualifier":"vteam",
///   "description":"(vteam, A valid VTeam.)","value":"3268","valueDataType":"string"}"#).unwrap();
/// assert_eq!(p.qualifier, Some(FlowQualifier::Vteam));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct CallFlowParam {
    /// Parameter name (the callFlowParams table, webex-desktop-js-sdk.txt L262).
    pub name: String,
    /// What the parameter refers to. Expected, not required: the seed's table of flow
    /// parameter members (webex-desktop-js-sdk.txt L259-265) does not list it, while every sample
    /// sends it (e.g. L1042).
    #[wire(expected)]
    pub qualifier: Option<FlowQualifier>,
    /// Human-readable description.
    ///
    /// *Expected*: the callFlowParams table types `description` String (webex-desktop-js-sdk.txt
    /// L263) and has no Required column, and every sample carries it (counts in
    /// `reference/members.tsv`): its absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub description: Option<String>,
    /// The value, as text.
    ///
    /// *Expected*: the callFlowParams table types `value` String (webex-desktop-js-sdk.txt L265)
    /// and has no Required column, and every sample carries it (counts in `reference/members.tsv`):
    /// its absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub value: Option<String>,
    /// Declared type of the value.
    ///
    /// *Expected*: the callFlowParams table types `valueDataType` String (webex-desktop-js-sdk.txt
    /// L264) and has no Required column, and every sample carries it (counts in
    /// `reference/members.tsv`): its absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub value_data_type: Option<FlowValueType>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

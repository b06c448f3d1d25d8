// What the Rust model keeps when a vendor moves ahead of it (unknown enum values, unknown members,
// unknown kinds) is representable in the package's types, and known members stay typed.
// Compiled with `tsc --strict` in the fresh project that installs @ccwire/schemas
// (`cargo xtask langs`).
import type { Types } from "@ccwire/schemas";
import type { ConsultState, Interaction, Participant } from "@ccwire/schemas/types/webex/routing/AgentOfferContact";

type RoutingEvent = Types["webex.routingEvent"];
type WebexMessage = Types["webex.message"];
type SobotEvent = Types["sobot.event"];
type Operation = Types["genesys.interactions.Operation"];
type Notification = Types["genesys.serviceClient.Notification"];

// Open enums: any string besides the known values.
export const futureState: Interaction["state"] = "someFutureState";
export const knownState: Interaction["state"] = "connected";
export const futureConsultState: ConsultState = "consultPaused";
// @ts-expect-error an open enum is still a string
export const numericState: Interaction["state"] = 5;

// Unknown participant types and unknown members.
export const futureParticipant: Participant = { pType: "Supervisor2", id: "p-1", somethingNew: [1, 2] };
export const extraMember: Interaction["callProcessingDetails"] = { ani: "+1", notYetDocumented: { a: true } };

// Unknown kinds: the open unions keep a catch-all branch.
export const futureRoutingEvent: RoutingEvent = { type: "AgentContactTeleported", interactionId: "i-1" };
export const futureMessage: WebexMessage = { type: "RoutingMessage", data: { type: "AgentContactTeleported" } };
export const futureEnvelope: WebexMessage = { type: "FutureDesktopMessage", data: { anything: 1 } };
export const futureSobotEvent: SobotEvent = { messageID: "EventAgentTeleported", extra: 1 };
export const futureOperation: Operation = { operationName: "Teleport", target: "x" };
export const futureNotification: Notification = { event: "interaction/teleported", data: {} };

// Known members stay typed: the same value with a number for a string is an error.
export const rightId: Types["webex.routing.AgentOfferContact"] = { type: "AgentOfferContact", eventType: "RoutingMessage", orgId: "o", interactionId: "i-1" };
// @ts-expect-error interactionId is a string
export const wrongId: Types["webex.routing.AgentOfferContact"] = { type: "AgentOfferContact", eventType: "RoutingMessage", orgId: "o", interactionId: 5 };

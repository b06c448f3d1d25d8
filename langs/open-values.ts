// What the Rust model keeps when a vendor moves ahead of it (unknown enum values, unknown members,
// unknown kinds) is representable in the generated TypeScript types, and known members stay typed.
// Copied next to the generated types and compiled with `tsc --strict` by `cargo xtask langs`.
import type { Interaction, Participant, ConsultState } from "../schemas/webex/routing/AgentOfferContact";
import type { RoutingEvent } from "../schemas/webex/routing-event";
import type { WebexMessage } from "../schemas/webex/message";
import type { SobotEvent } from "../schemas/sobot/event";
import type { Operation } from "../schemas/genesys/interactions/Operation";
import type { Notification } from "../schemas/genesys/service-client/Notification";

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

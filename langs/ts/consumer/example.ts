import { is, validate } from "@ccwire/schemas";

export function offerState(data: unknown): string | undefined {
  if (is("webex.routing.AgentOfferContact", data)) return data.interaction?.state; // typed
  throw new Error(validate("webex.routing.AgentOfferContact", data).map((p) => `${p.pointer} ${p.message}`).join("; "));
}

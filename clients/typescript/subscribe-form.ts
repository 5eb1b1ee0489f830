// How a storefront uses the typed client: the types come from contracts/openapi.yaml
// (`make test` regenerates them and type-checks this file, so a contract change that breaks it fails).
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/backinstock";

type EngageError = components["schemas"]["EngageError"];

const storefront = createClient<paths>({ baseUrl: "http://localhost:5080" });

/** Posts the accelerator's subscribe call; returns a message for the shopper. */
export async function notifyMeWhenBackInStock(email: string, sku: string, locale: string, market: string): Promise<string> {
  const { data, error, response } = await storefront.POST("/api/v1/centra/back-in-stock/subscribe", {
    body: { email, sku, acceptemail: false, store: "voyado.centraqa", locale, externalId: market },
  });
  if (data) {
    return `We will email ${email} when ${sku} is back (subscription ${data.subscriptionId}).`;
  }

  // Engage's error shape, as a client written for Engage reads it: a 422 lists each field in validationErrors.
  const failure: EngageError | undefined = error;
  if (response.status === 429) {
    return `Too many attempts; try again in ${response.headers.get("Retry-After") ?? "a minute"} s.`;
  }

  const fields = (failure?.validationErrors ?? []).map((item) => `${item.key}: ${item.errorDescription}`);
  return fields.length > 0 ? fields.join("; ") : failure?.message ?? "Something went wrong.";
}

const engage = createClient<paths>({ baseUrl: "http://localhost:5080", headers: { apikey: "bis-dev-key-0000" } });

type ContactForm = components["schemas"]["CreateContactRequest"];

/** What a sign-up form shows: the contact, a message per invalid field, or why it could not go on. */
export type SignUpResult =
  | { kind: "created"; contactId: string; isMember: boolean }
  | { kind: "invalid"; fields: Record<string, string>; requestId: string }
  | { kind: "exists"; message: string }
  | { kind: "failed"; errorCode: string; message: string; requestId: string };

/**
 * A storefront's sign-up: source and store in the query string (Engage v3), the form in the body. A 422 lists
 * each invalid field in validationErrors (key, errorCode, errorDescription); a 409 means the key is taken.
 */
export async function signUp(form: ContactForm, storeExternalId: string): Promise<SignUpResult> {
  const { data, error, response } = await engage.POST("/api/v3/contacts", {
    params: { query: { source: "e-com", storeExternalId } },
    body: form,
  });
  if (data) {
    return { kind: "created", contactId: data.id, isMember: data.meta.contactType === "Member" };
  }

  const failure: EngageError | undefined = error;
  if (response.status === 422 && failure?.validationErrors) {
    // An address that is none says so in its item's own errorCode; the description is the text to show.
    const fields = Object.fromEntries(
      failure.validationErrors.map((item) => [item.key, item.errorCode === "InvalidEmailAddress" ? "Check the email address." : item.errorDescription]),
    );
    return { kind: "invalid", fields, requestId: failure.requestId };
  }

  if (response.status === 409) {
    return { kind: "exists", message: failure?.message ?? "This contact already exists." };
  }

  return { kind: "failed", errorCode: failure?.errorCode ?? String(response.status), message: failure?.message ?? response.statusText, requestId: failure?.requestId ?? "" };
}

/** A back-office call: a contact's subscriptions, typed as the contract says. */
export async function subscriptionsOf(contactId: string): Promise<components["schemas"]["Subscription"][]> {
  const { data } = await engage.GET("/api/v3/contacts/{contactId}/backinstock/subscriptions", { params: { path: { contactId } } });
  return data?.data ?? [];
}

/**
 * A storefront's "is this shopper a member?" check: find the contact by phone, then read its type in
 * `meta` as Engage answers it; several contacts sharing the phone come back as a 409 listing their ids.
 */
export async function isMemberByPhone(mobilePhone: string): Promise<boolean | string[]> {
  const found = await engage.GET("/api/v3/contacts/id", { params: { query: { mobilePhone } } });
  if (found.response.status === 409) {
    return found.error?.messageDetails?.multipleMatchesFound ?? [];
  }

  if (!found.data) {
    return false;
  }

  const { data } = await engage.GET("/api/v3/contacts/{contactId}", { params: { path: { contactId: found.data } } });
  return data?.meta.contactType === "Member" && (data.preferences.acceptsEmail ?? data.preferences.AcceptsEmails ?? false);
}

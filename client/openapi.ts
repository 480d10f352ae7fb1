/**
 * The API's types (paths, operations, components), generated from openapi.json by
 * openapi-typescript when `npm run docs` runs; a unit test fails when they are stale. Do not edit.
 */

export interface paths {
    "/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a customer account; a confirmation code is e-mailed
         * @description Creates an unconfirmed customer account and e-mails a 6-digit confirmation code (confirm it at POST /accounts/confirm). Every field is required but `language` (the language of our e-mails, `en` unless given); `acceptPrivacyStatement` must be `true`, and the consent is recorded with the privacy statement's version. Passwords need at least 12 characters with a lower-case and an upper-case letter, a digit and a symbol. The answer is the same, in the same time, whether or not the address already has an account.
         */
        post: operations["signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the e-mail address with the code; the account becomes usable
         * @description Confirms the address with the code POST /accounts e-mailed; the account becomes a customer and can sign in. A wrong or expired code, an unknown address and an account confirmed already all answer the same 400 `invalid-code`.
         */
        post: operations["confirmAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/confirm/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * E-mail a new confirmation code
         * @description E-mails a new confirmation code to an address that awaits confirmation. Always 202, whether or not the address has an account.
         */
        post: operations["resendConfirmationCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * E-mail a password reset code
         * @description E-mails a code to set a new password with (POST /accounts/password-reset/confirm). Always 202, whether or not the address has an account.
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with the reset code
         * @description Sets a new password with the e-mailed reset code. It also signs the account out everywhere: every refresh token is revoked. A wrong or expired code is 400 `invalid-code`.
         */
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with e-mail and password; returns tokens (or a new-password challenge)
         * @description Answers the tokens: `idToken` is the bearer token of every signed-in route (15 minutes), `refreshToken` renews it at POST /sessions/refresh. The first sign-in of an account an admin created answers `{challenge: "NEW_PASSWORD_REQUIRED", session}` instead: set a password at POST /sessions/new-password. A wrong password and an unknown address are one 401; an unconfirmed account, or one that must reset its password, is 403.
         */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/new-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer the new-password challenge of a first sign-in; returns tokens
         * @description Sets the password of an account an admin created, with the `session` of the NEW_PASSWORD_REQUIRED challenge POST /sessions answered, and signs in. A used or expired session is 401.
         */
        post: operations["completeNewPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new ID token for a refresh token (until sign-out or a password reset)
         * @description A new ID token for a refresh token from POST /sessions (valid 30 days). After a sign-out or a password reset the refresh token is revoked: 401.
         */
        post: operations["refreshSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out everywhere: every refresh token of the caller is revoked
         * @description Revokes every refresh token of the caller, on all devices. ID tokens already issued stay valid until they expire (15 minutes): the API checks only their signature and expiry.
         */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's profile and groups
         * @description The caller's profile as the support center keeps it (names, country, e-mail language, company, phone, privacy consent) and the groups the token carries. 404 when the account has no profile (one made past the API).
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change name, country, e-mail language, company or phone
         * @description Changes any of `firstName`, `lastName`, `country` (ISO 3166-1 alpha-2), `language` (of the e-mails: `en` or `zh-CN`), `company` and `phone`; at least one, nothing else. The e-mail address cannot be changed here.
         */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/admin/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The support engineers' accounts, whether each may sign in (cursor pagination)
         * @description The accounts of the agent group as the user pool has them (agents read it to assign a case to someone; only admins change an account): id, e-mail, names, whether enabled, and the account status (`FORCE_CHANGE_PASSWORD` until the first sign-in). A page at a time (`limit` 1-100, at most 60 a page as Cognito allows; pass `nextCursor` back as `cursor`).
         */
        get: operations["listAgents"];
        put?: never;
        /**
         * Create a support engineer account; a temporary password is e-mailed
         * @description Creates a support engineer's account in the agent group. Cognito e-mails a temporary password; the agent's first sign-in answers the new-password challenge. 409 when the address has an account already.
         */
        post: operations["createAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/licenses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Load licenses into the catalog (JSON or CSV), idempotent by serial, with a report per row
         * @description Loads licenses into the catalog: `{"licenses": [...]}` as JSON (up to 1000 rows, 1 MB), or a CSV file (`text/csv`) with a header line of the same columns, `plans` as `plan:startsOn:endsOn;...`. Idempotent by serial: a row already loaded is `unchanged`, an edited one `updated`. Every row is validated on its own: an invalid row is reported with its errors and never stops the others.
         */
        post: operations["importLicenses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/licenses/{serial}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set, extend or renew a plan, upgrade Standard to Premier, or add incident credits
         * @description `set-plan` adds a plan term or replaces that plan's term (extend, renew); `upgrade-to-premier` turns an Advantage Standard term into Premier for its remaining period (409 without one); `add-credits` adds single-incident credits. 404 for an unknown serial; 409 when the license changed meanwhile.
         */
        patch: operations["changeLicense"];
        trace?: never;
    };
    "/admin/releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a build of a product; answers with an upload URL for its file
         * @description Records a build of a product and answers with a presigned URL (valid an hour) to PUT its file to, of exactly `sizeBytes` bytes. Publishing the same version and build again replaces its metadata. A newer version moves the supported window: only the two newest versions get technical support.
         */
        post: operations["publishRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/releases/{productId}/{version}/{build}/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How a release's notices went: sent, skipped as unsubscribed, failed
         * @description Once a release's file is uploaded, every owner who opted in to the product's notices gets one e-mail (exactly one, whatever retries happen). This is the release's report: the run's status and how many notices were sent, skipped (unsubscribed before their turn) and failed (SES refused or kept throttling them; a later run sends them). `not-started` until the file is uploaded. 404 for a release that was never published.
         */
        get: operations["releaseNoticeReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/calendars/cn/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The holiday schedule in force for a year: loaded, or the package's; 404 when neither has it
         * @description The schedule first-response due times are counted on for a year: the one an admin loaded (`source: loaded`), else the chinese-days package's (`source: chinese-days`). 404 when neither knows the year: weekdays then count as workdays.
         */
        get: operations["getHolidaySchedule"];
        /**
         * Load a year's official holidays and make-up workdays for China's calendar, over the package's data (replaces)
         * @description Loads a year's official holidays and make-up workdays (weekend days worked) for China's support calendar, replacing what was loaded before; it wins over the chinese-days package for that year. Every date must be in that year and in no more than one list; 1 to 60 holidays, up to 20 workdays. New cases count on it within a minute.
         */
        put: operations["putHolidaySchedule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register serial numbers (one per line) to the caller's account (up to 50), each with its own outcome
         * @description Registers pasted serial numbers (one per line, up to 50; 5x5 or 8x8 groups, case-insensitive) to the caller. Each line gets its own outcome: `registered`, `already-yours`, `registered-to-another-account`, `unknown` or `malformed`; partial success is normal and still 200. `notices: true` opts every serial that is the caller's (registered or already yours) in to e-mails about new releases of its product, recorded with the time; nothing is sent without it (default false, which changes no earlier opt-in). Those lines answer their `notices`.
         */
        post: operations["registerProducts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's products: licenses, serial numbers, plans with expiry, supported or not
         * @description The licenses registered to the caller, in serial order: product, edition, version (and whether it is still supported), single-incident credits, each plan with its dates, whether it runs today, and whether it can be renewed or upgraded, and `notices`: whether the serial is opted in to release notices and since when.
         */
        get: operations["listMyProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{serial}/downloads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Builds of an owned product, newest first, each with a short-lived download URL
         * @description The builds of a product registered to the caller, newest first, each with a download URL valid 15 minutes. A serial not registered to the caller is 404, like an unknown one.
         */
        get: operations["listDownloads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{serial}/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Opt a registered serial in to release notices of its product, or out again
         * @description `subscribed: true` opts the serial in to e-mails about new releases of its product (one e-mail per release however many serials of the product are opted in); the first opt-in time is kept (`since`). `subscribed: false` opts it out. Both are idempotent. A serial not registered to the caller is 404, like an unknown one.
         */
        put: operations["setProductNotices"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notices/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * One-click unsubscribe from a product's release notices (RFC 8058), with the notice's signed token
         * @description The `List-Unsubscribe` URL of every release notice: `POST /notices/unsubscribe?token=<token>` (through the portal, `<portal origin>/api/notices/unsubscribe?token=…`), with `List-Unsubscribe-Post: List-Unsubscribe=One-Click`. A mail client posts the body `List-Unsubscribe=One-Click` (application/x-www-form-urlencoded or multipart/form-data); the portal's page `<portal>/unsubscribe?token=<token>` (the notice's visible link) posts `{}` as JSON. No sign-in: the token, signed by the support center for one owner and one product, is the authority. Every serial of that product is opted out at once. Idempotent: 200 again, with `changed: false`. A forged, altered or malformed token is 400 `invalid-unsubscribe-token` and changes nothing.
         */
        post: operations["unsubscribeNotices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/support/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What help the caller may get now for a product (?serial=…): plans, channels, targets, or why not
         * @description What the contact wizard offers for one product now: the plans usable today (customer service always), the channels, availability and first-response targets, and `technical`: whether a technical case would be accepted and under which plan, or the refusal's `reason` and `advice` (the same as POST /cases would give). Self-service help is always listed.
         */
        get: operations["supportOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the caller's own cases, newest first
         * @description The caller's cases, newest first, a page at a time (`limit` 1-100, default 20; pass `nextCursor` back as `cursor`). `status` narrows the list: `open` (awaiting support or the customer), `closed` (resolved, withdrawn, no customer response) or one status; a narrowed page is topped up from the following cases (up to 500 read per request), so it holds `limit` cases unless the list ends, or it says there is more with `nextCursor`.
         */
        get: operations["listMyCases"];
        put?: never;
        /**
         * Open a support case (staff: for a customer, e.g. a phone call, with onBehalfOf)
         * @description Customer-service topics (`licensing`, `downloads`, `site`, `offers`, `account`) are always accepted under the free plan. A technical case (`product-problem`) needs a `serial` registered to the caller, a plan valid today and a supported version; otherwise 403 `not-entitled` with `reason` (`not-registered`, `no-plan`, `plan-expired`, `trial-ended`, `unsupported-version`, `no-credits`, `excluded-topic`) and `advice` (`renew`, `upgrade-to-premier`, `buy-single-incident`, `update-to-latest-build`, `knowledge-base`, `forum`, `contact-customer-service`). Third-party products, network consulting, user and security management, security assessments and architecture design are never covered. A single-incident credit is spent with the case. Customers open `channel: web` cases only; staff taking a call or chat open one for a customer with `onBehalfOf: {customerId}` (422 when there is no such customer), whose e-mail address and language come from the profile.
         */
        post: operations["openCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A case with its timeline (customers see only their own)
         * @description The case with its timeline, oldest event first. Customers see only their own cases (another's is 404, like a missing one), through an allow-list: no internal notes or assignments, and authors as `customer` or `support`. Staff see the whole case and timeline, and its `version`. The `ETag` header is the version, quoted (`"7"`): staff send it back as `If-Match` on replies and agent actions, so a write made on a stale view is refused.
         */
        get: operations["getCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{number}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Support answers a case; starts the follow-up sequence
         * @description Support answers the case: it now awaits the customer, the reply is e-mailed, and the follow-up sequence starts (reminders after 3, 6 and 10 days without an answer). The first reply is the case's first response. A resolved or withdrawn case must be reopened first (409). With `If-Match` (the ETag of GET /cases/{number}) a reply to a case that changed since is refused with 409 `stale-case`, whose `currentVersion` and `events` (written since) show what the agent has not seen; nothing is written.
         */
        post: operations["replyToCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{number}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The customer answers; 'Resolved' closes the case, anything else returns it to support
         * @description The customer answers on their case: `Resolved` (or `已解决`) closes it, anything else returns it to support, and a note on a closed case reopens it. Either way pending follow-ups stop.
         */
        post: operations["addCustomerNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open cases, first response due soonest first, with time left; filter by status, severity, plan, assignee, mine, unassigned
         * @description Open cases, first response due soonest first (cases answered at once last), each with `firstResponse: {breached, timeLeftSeconds}`. Filters `status` (an open status), `severity`, `plan`, `assigneeId`, `mine=true` (assigned to the caller) and `unassigned=true` all hold together; a filtered page is topped up from the following cases (up to 500 read per request), so it holds `limit` cases unless the queue ends, or it says there is more with `nextCursor`.
         */
        get: operations["caseQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{number}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A case's attachments with short-lived download URLs (its customer and staff only)
         * @description The case's attachments with download URLs valid 15 minutes, each saying whether the customer or support added it. Its customer and staff only; another customer's case is 404.
         */
        get: operations["listAttachments"];
        put?: never;
        /**
         * Attach a screenshot or log: answers with an upload URL (size and type limited)
         * @description Records an attachment (PNG, JPEG, GIF, text, PDF, zip, gzip or 7z; at most 20 MB) and answers with an upload URL valid 10 minutes, signed for exactly that size and type, that can only create the file: PUT it with the given `headers` (`content-type`, `if-none-match: *`). Its customer and staff only.
         */
        post: operations["addAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{number}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The case's timeline; customers see public events of their own cases only
         * @description The case's timeline, oldest first: opening, replies, notes, follow-ups, severity changes, resolution. Customers see the public events of their own cases, with authors as `customer` or `support`; staff see every event with who acted.
         */
        get: operations["caseEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{number}/agent-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign, change severity (with a reason), add an internal note, resolve or reopen
         * @description `assign` (to an agent), `change-severity` (with a reason), `internal-note`, `resolve` (with the resolution) or `reopen` (with a reason). Each is a timeline event with who and when; notes and assignments are internal. Resolving a resolved or withdrawn case, or reopening an open one, is 409; resolving a case that awaits the customer stops its follow-ups. With `If-Match`, an action on a case that changed since is 409 `stale-case` with `currentVersion` and the newer `events`.
         */
        post: operations["agentAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{number}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rate a resolved case from 1 to 5 with a comment, once
         * @description The customer rates their resolved case from 1 to 5, with an optional comment, once. 409 when the case is not resolved or was rated already.
         */
        post: operations["rateCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/support/severities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Severity levels A to D and what each means
         * @description Severity levels A (a backup system down, data loss) to D (no functional impact: questions), and what each means: the customer chooses one when opening a case.
         */
        get: operations["severities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suggestions, complaints, thanks or praise about products, support or the site
         * @description A suggestion, complaint, thanks or praise about a product, support or the site, optionally about a case. Every feedback is tracked until staff answer it.
         */
        post: operations["giveFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All feedback, newest first, with its status (filters, cursor pagination)
         * @description Every feedback, newest first, with its author and status, a page at a time (`limit` 1-100, default 20; pass `nextCursor` back as `cursor`). `status` and `kind` narrow the list; a filtered page may hold fewer than `limit` items and still have a `nextCursor` (the listing reads a bounded number of items per request).
         */
        get: operations["listFeedback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/feedback/{feedbackId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Move a feedback on: new, reviewed or answered
         * @description Moves a feedback on: `new`, `reviewed` or `answered`.
         */
        patch: operations["setFeedbackStatus"];
        trace?: never;
    };
    "/cases/{number}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a case support has not answered yet; a used incident credit is given back
         * @description The customer takes back a case support has not answered yet; a single-incident credit it used returns to the license. Once support has replied, or the case is closed, it is 409: add a note or answer `Resolved` instead.
         */
        post: operations["withdrawCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/canned-replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write a canned reply (title and text in English and Chinese) for the desk's composer
         * @description A reply agents pick in the composer: `title` and `body` each in `en` and `zh-CN`. The text may use the placeholders `{{customerName}}`, `{{caseNumber}}`, `{{agentName}}`, which the desk fills with the case's facts; any other `{{name}}` is refused with 400 naming the field.
         */
        post: operations["createCannedReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/canned-replies/{cannedReplyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One canned reply, to edit
         * @description The canned reply with its texts as written (placeholders unfilled) and who changed it last.
         */
        get: operations["getCannedReply"];
        /**
         * Rewrite a canned reply's title and text
         * @description Replaces the title and text in both languages, with the same placeholder rule as creating one (`{{customerName}}`, `{{caseNumber}}`, `{{agentName}}`). 404 when there is no such canned reply (deleted meanwhile, too).
         */
        put: operations["replaceCannedReply"];
        post?: never;
        /**
         * Delete a canned reply
         * @description Removes the canned reply from the composer. Replies already sent with it are unchanged. 404 when there is none.
         */
        delete: operations["deleteCannedReply"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/canned-replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every canned reply, for the composer (texts with placeholders unfilled)
         * @description Every canned reply, by English title, in both languages with the placeholders each uses. The desk fills `{{customerName}}`, `{{caseNumber}}`, `{{agentName}}` itself (fillCannedReply in functions/domain/canned-replies.ts) in the case's language, and the agent edits the text before sending it as a reply.
         */
        get: operations["listCannedReplies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{number}/presence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who else has the case open now
         * @description The staff other than the caller whose case page marked the case within the last minute (lapsed marks never count, even before the table's TTL removes them). 404 for an unknown case.
         */
        get: operations["casePresence"];
        /**
         * Say the caller has the case open (a heartbeat); answers who else has it open
         * @description The desk's case page calls this when it opens and every `refreshSeconds` (20) while open. The mark counts for `expiresInSeconds` (60) without a refresh, so a closed tab drops out by itself. The answer lists the other staff on the case now, with when their visit began. 404 for an unknown case.
         */
        put: operations["markPresence"];
        post?: never;
        /**
         * The caller closed the case page: no longer shown to others
         * @description Removes the caller's mark at once instead of letting it lapse. Leaving a case twice is no error.
         */
        delete: operations["leaveCase"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Look a customer up by e-mail (a caller on the phone): profile and products with plans
         * @description The customer with this sign-in address: their profile and every registered product with its licenses and plans (as GET /products shows them to the customer). Open a case for them with POST /cases and `onBehalfOf: {customerId: customer.id}`. 404 when no account has the address, or it has no profile.
         */
        get: operations["findCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A customer by id (a case's customerId): profile and products with plans
         * @description The case page's customer panel: the profile and every registered product with its plans. The case's `serial` names the product it is about and its `plan` the plan that accepted it at intake (with the targets of then in `firstResponseTargets`). 404 for an unknown customer.
         */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{number}/follow-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the case's follow-up sequence stands: step, next e-mail, the execution
         * @description The latest support reply's follow-up sequence as the case records it (the state machine's claims write it): whether it runs, the `step`, how many follow-ups went out, when the next one is due (3, 6 and 10 days after the reply), and the execution (`case-<number>-reply-<replyId>`) with its ARN and its page in the AWS Step Functions console. Locally the desk links the local executions console instead. 404 for an unknown case.
         */
        get: operations["followUpState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/agents/{agentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Disable a support engineer (no sign-in, signed out everywhere) or enable them again
         * @description `enabled: false` disables the account: it cannot sign in, and every refresh token is revoked (ID tokens already issued lapse within 15 minutes). `enabled: true` lets it sign in again. Only accounts of the agent group: anyone else is 404, like an unknown id.
         */
        patch: operations["setAgentEnabled"];
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This API's OpenAPI 3.1 document
         * @description Generated from the route table and its schemas (`npm run docs`); the same file as `openapi.json` in the repository.
         */
        get: operations["openApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The interactive API reference (Redoc) for this document
         * @description A page that renders `/openapi.json` with Redoc, loaded from `/docs/redoc.js`: nothing from another host.
         */
        get: operations["apiReference"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs/redoc.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Redoc's standalone script (MIT), as @redocly/cli ships it, for the reference page
         * @description An ES module exporting `init`; cached by the browser for a day.
         */
        get: operations["apiReferenceScript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details; some types add members of their own, such as reason or advice. */
        Problem: {
            /**
             * Format: uri
             * @description Stable: https://support-center.example/problems/<code>
             */
            type: string;
            /** @description A short, human summary of the type */
            title: string;
            /** @description The HTTP status */
            status: number;
            /** @description What happened in this request */
            detail?: string;
            /** @description The request this is about */
            instance?: string;
            /** @description Every bad field of a validation problem (validation-failed) */
            errors?: {
                /** @description The bad field, as a path: `email`, `problem.symptoms`, `path.number` */
                field: string;
                /** @description What is wrong with it */
                message: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        /** @enum {string} */
        CountryCode: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
        SignUpAccepted: {
            message: string;
            /** @description The version of the privacy statement the consent was recorded with */
            privacyStatementVersion: string;
        };
        Message: {
            /** @description What happened, in words */
            message: string;
        };
        Tokens: {
            /** @description The bearer token of every signed-in route (a Cognito ID token) */
            idToken: string;
            /** @description Renews the ID token at POST /sessions/refresh (30 days, until sign-out or a password reset) */
            refreshToken?: string;
            /** @description Seconds until the ID token expires */
            expiresIn: number;
            /** @constant */
            tokenType: "Bearer";
        };
        NewPasswordChallenge: {
            /** @constant */
            challenge: "NEW_PASSWORD_REQUIRED";
            /** @description Send it to POST /sessions/new-password with the new password */
            session: string;
        };
        Profile: {
            /** @description The user id (the token's `sub`) */
            id: string;
            email: string;
            firstName: string;
            lastName: string;
            /** @description ISO 3166-1 alpha-2 */
            country?: string;
            /**
             * @description The language of the e-mails the support center writes
             * @enum {string}
             */
            language: "en" | "zh-CN";
            company?: string;
            phone?: string;
            /** @description Which privacy statement the person accepted at sign-up, and when */
            privacyConsent?: {
                version: string;
                /** Format: date-time */
                acceptedAt: string;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The groups the token carries */
            groups: ("customer" | "agent" | "admin")[];
        };
        AgentCreated: {
            /** @description The agent's user id */
            id: string;
            email: string;
            firstName: string;
            lastName: string;
            groups: [
                "agent"
            ];
            message: string;
        };
        LicenseImportReport: {
            summary: {
                created: number;
                updated: number;
                unchanged: number;
                invalid: number;
            };
            rows: ({
                /** @description The row's place in the import, from 1 */
                row: number;
                serial: string;
                /** @enum {string} */
                outcome: "created" | "updated" | "unchanged";
            } | {
                /** @description The row's place in the import, from 1 */
                row: number;
                /** @constant */
                outcome: "invalid";
                errors: components["schemas"]["FieldError"][];
            })[];
        };
        FieldError: {
            /** @description The bad field, as a path: `serial`, `plans.0.endsOn` */
            field: string;
            /** @description What is wrong with it */
            message: string;
        };
        License: {
            serial: string;
            productId: string;
            productName: string;
            edition: string;
            language: string;
            licenseCount: number;
            productVersion: string;
            /** Format: date */
            trialEndsOn?: string;
            plans: components["schemas"]["PlanTerm"][];
            incidentCredits: number;
            /** @description The user id it is registered to */
            ownerId?: string;
            /** Format: date-time */
            registeredAt?: string;
        };
        PlanTerm: {
            /** @enum {string} */
            plan: "customer-service" | "trial" | "single-incident" | "advantage-standard" | "advantage-premier";
            /**
             * Format: date
             * @description The first day the plan is valid
             */
            startsOn: string;
            /**
             * Format: date
             * @description The last day the plan is valid (in the support center's time zone)
             */
            endsOn: string;
        };
        PublishedRelease: {
            productId: string;
            version: string;
            build: number;
            sizeBytes: number;
            /** Format: date */
            releasedOn: string;
            notes: string;
            whatsNew?: string;
            knownIssues?: string;
            installationNotes?: string;
            /** @description Where the file is stored in the files bucket */
            fileKey: string;
            /** @description PUT the file (exactly sizeBytes bytes) to this URL within an hour */
            upload: {
                /** @constant */
                method: "PUT";
                /** Format: uri */
                url: string;
            };
        };
        NoticeReport: {
            productId: string;
            version: string;
            build: number;
            /**
             * @description not-started: the file is not uploaded yet; running; finished: every subscriber handled; failed: the run stopped early (a later run sends the rest)
             * @enum {string}
             */
            status: "not-started" | "running" | "finished" | "failed";
            sent: number;
            /** @description Owners who unsubscribed before their turn */
            skipped: number;
            /** @description Notices SES refused or kept throttling; a later run sends them */
            failed: number;
            /** Format: date-time */
            startedAt?: string;
            /** Format: date-time */
            finishedAt?: string;
            /** @description The latest run's execution name */
            run?: string;
            /** @description Why the latest run stopped early */
            error?: string;
        };
        LoadedHolidaySchedule: {
            /** @constant */
            region: "cn";
            year: number;
            /** @description In date order */
            holidays: components["schemas"]["ScheduleDay"][];
            /** @description Make-up workdays (weekend days worked), in date order */
            workdays: components["schemas"]["ScheduleDay"][];
            /** @constant */
            source: "loaded";
            /** Format: date-time */
            loadedAt: string;
            /** @description The admin's user id */
            loadedBy: string;
            /** @description New cases count on it within this time (function instances cache the schedules) */
            takesEffectWithinSeconds: number;
        };
        ScheduleDay: {
            /** Format: date */
            date: string;
            /** @description The holiday, or for a make-up workday the holiday it bridges */
            name?: string;
        };
        PackageHolidaySchedule: {
            /** @constant */
            region: "cn";
            year: number;
            /** @description In date order */
            holidays: components["schemas"]["ScheduleDay"][];
            /** @description Make-up workdays (weekend days worked), in date order */
            workdays: components["schemas"]["ScheduleDay"][];
            /** @constant */
            source: "chinese-days";
        };
        RegistrationResult: {
            /** @description The line as pasted */
            input: string;
            /** @description The serial number it reads as */
            serial: string;
            /** @enum {string} */
            outcome: "registered" | "already-yours" | "registered-to-another-account" | "unknown";
            message: string;
            notices?: components["schemas"]["NoticeOptIn"];
        } | {
            input: string;
            /** @constant */
            outcome: "malformed";
            message: string;
        };
        NoticeOptIn: {
            /** @constant */
            subscribed: true;
            /**
             * Format: date-time
             * @description When the owner opted in (kept as consent is)
             */
            since: string;
        } | {
            /** @constant */
            subscribed: false;
        };
        Product: {
            serial: string;
            productId: string;
            productName: string;
            edition: string;
            language: string;
            licenseCount: number;
            productVersion: string;
            /** Format: date */
            trialEndsOn?: string;
            /** @description Single-incident credits left */
            incidentCredits: number;
            /** Format: date-time */
            registeredAt?: string;
            /** @description Whether the version is one of the two newest with releases (technical support needs it) */
            supported: boolean;
            /** @description The supported versions, newest first */
            supportedVersions: string[];
            plans: components["schemas"]["OwnedPlanTerm"][];
            notices: components["schemas"]["NoticeOptIn"];
        };
        OwnedPlanTerm: {
            /** @enum {string} */
            plan: "customer-service" | "trial" | "single-incident" | "advantage-standard" | "advantage-premier";
            /**
             * Format: date
             * @description The first day the plan is valid
             */
            startsOn: string;
            /**
             * Format: date
             * @description The last day the plan is valid (in the support center's time zone)
             */
            endsOn: string;
            name: string;
            /**
             * @description Today, in the support center's time zone
             * @enum {string}
             */
            state: "upcoming" | "active" | "expired";
            canRenew: boolean;
            canUpgradeToPremier: boolean;
        };
        Build: {
            productId: string;
            version: string;
            build: number;
            sizeBytes: number;
            /** Format: date */
            releasedOn: string;
            notes: string;
            whatsNew?: string;
            knownIssues?: string;
            installationNotes?: string;
            /** @description Whether technical support covers this version */
            supported: boolean;
            download: components["schemas"]["Download"];
        };
        Download: {
            /**
             * Format: uri
             * @description A presigned GET URL; the file is saved under its own name
             */
            url: string;
            /** @description How long the URL works */
            expiresInSeconds: number;
        };
        SupportOptions: {
            serial: string;
            /** @description Customer service (always), then the technical plans usable today, most preferred first */
            plans: components["schemas"]["Plan"][];
            /** @description How a technical case would be handled now, or customer service's when it is refused */
            channels: ("email" | "chat" | "phone")[];
            /** @enum {string} */
            availability: "24x7" | "business-hours";
            /** @description First-response targets by channel; a channel the plan does not offer is absent */
            firstResponse: {
                [key: string]: components["schemas"]["FirstResponseTarget"];
            };
            technical: components["schemas"]["TechnicalEntitlement"];
            /** @description Self-service help, open whatever the plan */
            selfService: ("forum" | "knowledge-base" | "user-guides" | "product-selection-wizard" | "licensing-faq")[];
        };
        Plan: {
            /** @enum {string} */
            id: "customer-service" | "trial" | "single-incident" | "advantage-standard" | "advantage-premier";
            name: string;
            /** @enum {string} */
            covers: "customer-service" | "technical";
            price: string;
            scope: string;
            /** @enum {string} */
            availability: "24x7" | "business-hours";
            channels: ("email" | "chat" | "phone")[];
            /** @description First-response targets by channel; a channel the plan does not offer is absent */
            firstResponse: {
                [key: string]: components["schemas"]["FirstResponseTarget"];
            };
        };
        FirstResponseTarget: {
            /** @enum {string} */
            kind: "business-days" | "calendar-days";
            amount: number;
        } | {
            /** @constant */
            kind: "immediate";
            note: string;
        };
        TechnicalEntitlement: {
            /** @constant */
            allowed: true;
            /** @enum {string} */
            plan: "customer-service" | "trial" | "single-incident" | "advantage-standard" | "advantage-premier";
            consumesCredit: boolean;
        } | {
            /** @constant */
            allowed: false;
            /** @enum {string} */
            reason: "not-registered" | "no-plan" | "plan-expired" | "trial-ended" | "unsupported-version" | "no-credits" | "excluded-topic";
            message: string;
            /** @description What the customer can do instead, most useful first */
            advice: ("renew" | "upgrade-to-premier" | "buy-single-incident" | "update-to-latest-build" | "knowledge-base" | "forum" | "contact-customer-service")[];
        };
        StaffCase: {
            caseNumber: string;
            /** @enum {string} */
            status: "awaiting_support" | "awaiting_customer" | "no_customer_response" | "resolved" | "withdrawn";
            /** @description Support or the customer owes an answer (awaiting_support, awaiting_customer) */
            open: boolean;
            /** @enum {string} */
            topic: "licensing" | "downloads" | "site" | "offers" | "account" | "product-problem" | "third-party-product" | "network-consulting" | "user-and-security-management" | "security-assessment" | "architecture-design";
            serial?: string;
            /**
             * @description The plan that accepted the case at intake
             * @enum {string}
             */
            plan: "customer-service" | "trial" | "single-incident" | "advantage-standard" | "advantage-premier";
            /** @description Whether intake spent a single-incident credit (returned if the case is withdrawn) */
            consumedCredit: boolean;
            /** @enum {string} */
            severity: "A" | "B" | "C" | "D";
            subject: string;
            description: string;
            problem?: components["schemas"]["CaseProblem"];
            environment?: components["schemas"]["CaseEnvironment"];
            contact?: components["schemas"]["CaseContact"];
            /** @enum {string} */
            channel: "web" | "email" | "chat" | "phone";
            /** @enum {string} */
            preferredContact: "email" | "phone";
            phone?: string;
            /**
             * @description The language of the case's e-mails
             * @enum {string}
             */
            language: "en" | "zh-CN";
            /** @description Where the case's e-mails go */
            customerEmail: string;
            /** @description First-response targets by channel; a channel the plan does not offer is absent */
            firstResponseTargets: {
                [key: string]: components["schemas"]["FirstResponseTarget"];
            };
            /**
             * Format: date-time
             * @description When the first response is due; absent when the channel counts as answered at once
             */
            firstResponseDueAt?: string;
            /** @description The rule that set the due time, in words */
            firstResponseRule?: string;
            /** Format: date-time */
            firstResponseAt?: string;
            /** @description The first-response target now: missed or not, and the time left */
            firstResponse: {
                breached: boolean;
                /** @description While unanswered: seconds until the due time, negative once overdue */
                timeLeftSeconds?: number;
            };
            latestSupportReply?: {
                /** Format: date-time */
                at: string;
                message: string;
            };
            resolution?: string;
            rating?: {
                score: number;
                comment?: string;
                /** Format: date-time */
                at: string;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The customer's user id (for onBehalfOf) */
            customerId: string;
            openedBy?: string;
            assigneeId?: string;
            replyCount: number;
            /** @description The support reply the follow-ups are about */
            awaitingReplyId?: string;
            followUpsSent: number;
            /** Format: date-time */
            lastFollowUpAt?: string;
            followUpFailure?: {
                replyId: string;
                error: string;
                cause: string;
                /** Format: date-time */
                at: string;
            };
            /** @description Raised by every change to the case; the ETag of GET /cases/{number}, sent back as If-Match */
            version: number;
        };
        CaseProblem: {
            symptoms?: string;
            errorOutput?: string;
            stepsToReproduce?: string;
            expectedResult?: string;
        };
        CaseEnvironment: {
            productVersion?: string;
            build?: string;
            /** @enum {string} */
            occurrence?: "first-time" | "recurring";
            beforeProblem?: string;
            recentChanges?: string;
        };
        CaseContact: {
            company?: string;
            email?: string;
            alternatePhone?: string;
            otherContact?: {
                name: string;
                email?: string;
                phone?: string;
            };
        };
        CustomerCase: {
            caseNumber: string;
            /** @enum {string} */
            status: "awaiting_support" | "awaiting_customer" | "no_customer_response" | "resolved" | "withdrawn";
            /** @description Support or the customer owes an answer (awaiting_support, awaiting_customer) */
            open: boolean;
            /** @enum {string} */
            topic: "licensing" | "downloads" | "site" | "offers" | "account" | "product-problem" | "third-party-product" | "network-consulting" | "user-and-security-management" | "security-assessment" | "architecture-design";
            serial?: string;
            /**
             * @description The plan that accepted the case at intake
             * @enum {string}
             */
            plan: "customer-service" | "trial" | "single-incident" | "advantage-standard" | "advantage-premier";
            /** @description Whether intake spent a single-incident credit (returned if the case is withdrawn) */
            consumedCredit: boolean;
            /** @enum {string} */
            severity: "A" | "B" | "C" | "D";
            subject: string;
            description: string;
            problem?: components["schemas"]["CaseProblem"];
            environment?: components["schemas"]["CaseEnvironment"];
            contact?: components["schemas"]["CaseContact"];
            /** @enum {string} */
            channel: "web" | "email" | "chat" | "phone";
            /** @enum {string} */
            preferredContact: "email" | "phone";
            phone?: string;
            /**
             * @description The language of the case's e-mails
             * @enum {string}
             */
            language: "en" | "zh-CN";
            /** @description Where the case's e-mails go */
            customerEmail: string;
            /** @description First-response targets by channel; a channel the plan does not offer is absent */
            firstResponseTargets: {
                [key: string]: components["schemas"]["FirstResponseTarget"];
            };
            /**
             * Format: date-time
             * @description When the first response is due; absent when the channel counts as answered at once
             */
            firstResponseDueAt?: string;
            /** @description The rule that set the due time, in words */
            firstResponseRule?: string;
            /** Format: date-time */
            firstResponseAt?: string;
            /** @description The first-response target now: missed or not, and the time left */
            firstResponse: {
                breached: boolean;
                /** @description While unanswered: seconds until the due time, negative once overdue */
                timeLeftSeconds?: number;
            };
            latestSupportReply?: {
                /** Format: date-time */
                at: string;
                message: string;
            };
            resolution?: string;
            rating?: {
                score: number;
                comment?: string;
                /** Format: date-time */
                at: string;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        StaffCaseEvent: {
            eventId: string;
            caseNumber: string;
            /** @enum {string} */
            type: "case-opened" | "support-reply" | "customer-note" | "case-withdrawn" | "assign" | "change-severity" | "internal-note" | "resolve" | "reopen" | "follow-up-sent";
            /** Format: date-time */
            at: string;
            message?: string;
            /**
             * @description The case's status once this happened
             * @enum {string}
             */
            statusAfter?: "awaiting_support" | "awaiting_customer" | "no_customer_response" | "resolved" | "withdrawn";
            /** @description What changed: the severity's `from` and `to`, the new `assigneeId` */
            change?: {
                [key: string]: string;
            };
            /** @description Who acted: the customer's or an agent's user id */
            actorId: string;
            replyId?: string;
            /** @enum {string} */
            visibility?: "public" | "internal";
            /** @description The case's version once this happened */
            version?: number;
        };
        CustomerCaseEvent: {
            eventId: string;
            caseNumber: string;
            /** @enum {string} */
            type: "case-opened" | "support-reply" | "customer-note" | "case-withdrawn" | "assign" | "change-severity" | "internal-note" | "resolve" | "reopen" | "follow-up-sent";
            /** Format: date-time */
            at: string;
            message?: string;
            /**
             * @description The case's status once this happened
             * @enum {string}
             */
            statusAfter?: "awaiting_support" | "awaiting_customer" | "no_customer_response" | "resolved" | "withdrawn";
            /** @description What changed: the severity's `from` and `to`, the new `assigneeId` */
            change?: {
                [key: string]: string;
            };
            /**
             * @description Who added it: the customer or support
             * @enum {string}
             */
            author: "customer" | "support";
        };
        AttachmentUpload: {
            attachmentId: string;
            fileName: string;
            /** @enum {string} */
            contentType: "image/png" | "image/jpeg" | "image/gif" | "text/plain" | "application/pdf" | "application/zip" | "application/gzip" | "application/x-7z-compressed";
            sizeBytes: number;
            /** @description PUT the file to `url` with exactly these `headers`; the URL can only create it, once */
            upload: {
                /** @constant */
                method: "PUT";
                /** Format: uri */
                url: string;
                headers: {
                    /** @enum {string} */
                    "content-type": "image/png" | "image/jpeg" | "image/gif" | "text/plain" | "application/pdf" | "application/zip" | "application/gzip" | "application/x-7z-compressed";
                    /** @constant */
                    "if-none-match": "*";
                };
                expiresInSeconds: number;
            };
        };
        StaffAttachment: {
            attachmentId: string;
            caseNumber: string;
            fileName: string;
            /** @enum {string} */
            contentType: "image/png" | "image/jpeg" | "image/gif" | "text/plain" | "application/pdf" | "application/zip" | "application/gzip" | "application/x-7z-compressed";
            sizeBytes: number;
            /** Format: date-time */
            addedAt: string;
            /**
             * @description Who added it: the customer or support
             * @enum {string}
             */
            author: "customer" | "support";
            download: components["schemas"]["Download"];
            /** @description The user id of who added it */
            addedBy: string;
        };
        CustomerAttachment: {
            attachmentId: string;
            caseNumber: string;
            fileName: string;
            /** @enum {string} */
            contentType: "image/png" | "image/jpeg" | "image/gif" | "text/plain" | "application/pdf" | "application/zip" | "application/gzip" | "application/x-7z-compressed";
            sizeBytes: number;
            /** Format: date-time */
            addedAt: string;
            /**
             * @description Who added it: the customer or support
             * @enum {string}
             */
            author: "customer" | "support";
            download: components["schemas"]["Download"];
        };
        Rating: {
            caseNumber: string;
            score: number;
            comment?: string;
        };
        FeedbackReceived: {
            feedbackId: string;
            /** @constant */
            status: "new";
            message: string;
        };
        Feedback: {
            feedbackId: string;
            /** @enum {string} */
            kind: "suggestion" | "complaint" | "thanks" | "praise";
            /** @enum {string} */
            about: "product" | "support" | "site";
            text: string;
            caseNumber?: string;
            authorId: string;
            authorEmail: string;
            /** @enum {string} */
            status: "new" | "reviewed" | "answered";
            /** Format: date-time */
            at: string;
        };
        CannedReply: {
            cannedReplyId: string;
            /** @description The title the composer lists, in English and Chinese */
            title: {
                en: string;
                "zh-CN": string;
            };
            /** @description The text, with its placeholders unfilled, in English and Chinese */
            body: {
                en: string;
                "zh-CN": string;
            };
            /** @description The placeholders the texts use, for the desk to fill */
            placeholders: ("customerName" | "caseNumber" | "agentName")[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The admin who wrote the current text */
            updatedBy: string;
        };
        CasePresence: {
            caseNumber: string;
            /** @description The other staff who have the case open now (never the caller) */
            viewers: {
                userId: string;
                email: string;
                /** @description First and last name from the profile */
                name?: string;
                /**
                 * Format: date-time
                 * @description When this visit of the case page began
                 */
                since: string;
                /**
                 * Format: date-time
                 * @description The page's latest heartbeat
                 */
                seenAt: string;
            }[];
            /** @description How often the page should say it is still open */
            refreshSeconds: number;
            /** @description How long a mark counts without a refresh */
            expiresInSeconds: number;
        };
        StaffCustomer: {
            customer: components["schemas"]["CustomerProfile"];
            /** @description Every registered license with its plans; a case's `serial` and `plan` point into it */
            products: components["schemas"]["Product"][];
        };
        CustomerProfile: {
            /** @description The user id (the token's `sub`) */
            id: string;
            email: string;
            firstName: string;
            lastName: string;
            /** @description ISO 3166-1 alpha-2 */
            country?: string;
            /**
             * @description The language of the e-mails the support center writes
             * @enum {string}
             */
            language: "en" | "zh-CN";
            company?: string;
            phone?: string;
            /** @description Which privacy statement the person accepted at sign-up, and when */
            privacyConsent?: {
                version: string;
                /** Format: date-time */
                acceptedAt: string;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FollowUpState: {
            caseNumber: string;
            /**
             * @description `none`: support has not replied; `reply-sent`: waiting for follow-up 1; `waiting-for-follow-up`: `nextFollowUp` is next; `done`: all three sent; `stopped`: the customer answered, the case was resolved or a newer reply superseded it; `failed`: an e-mail failed (see the case's followUpFailure)
             * @enum {string}
             */
            step: "none" | "reply-sent" | "waiting-for-follow-up" | "done" | "stopped" | "failed";
            /** @description Whether the execution still waits to send something */
            running: boolean;
            replyId?: string;
            /** Format: date-time */
            repliedAt?: string;
            followUpsSent: number;
            nextFollowUp?: number;
            /**
             * Format: date-time
             * @description When the next follow-up goes out: 3, 6 or 10 days after the reply
             */
            nextEmailAt?: string;
            execution?: {
                /** @description case-<number>-reply-<replyId> */
                name: string;
                arn: string;
                /**
                 * Format: uri
                 * @description The execution in the AWS Step Functions console
                 */
                consoleUrl: string;
            };
        };
        Agent: {
            /** @description The user id (for assignments) */
            id: string;
            email: string;
            firstName?: string;
            lastName?: string;
            /** @description Whether the account may sign in */
            enabled: boolean;
            /** @description Cognito's account status: CONFIRMED, or FORCE_CHANGE_PASSWORD before the first sign-in */
            status: string;
            /** Format: date-time */
            createdAt?: string;
        };
        AgentEnabled: {
            id: string;
            enabled: boolean;
        };
    };
    responses: {
        /** @description The request is not valid: `errors` names every bad field (validation-failed), or the body is not JSON (malformed-json) */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not signed in: no bearer token, or one that is expired or not ours (or, signing in, wrong credentials) */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not allowed: the caller's groups may not use this route, or the account or entitlement does not allow it */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not found (another customer's case answers the same) */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Conflicts with the current state (or a request with the same Idempotency-Key is still running) */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is too large */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Content-Type is not a media type the route accepts */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Well-formed but refers to what does not exist, or reuses an Idempotency-Key with another body */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many attempts; wait a moment */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A backing service did not answer; try again after Retry-After seconds */
        ServiceUnavailable: {
            headers: {
                /** @description Seconds to wait before trying again (2 when a backing service failed) */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description Any unique string (a UUID): a retry with the same key and body gets the first answer and creates nothing new; the same key with another body answers 422, and while the first request still runs, 409. Keys are per caller and kept for a day. Without it the request is not deduplicated. */
        IdempotencyKey: string;
        /** @description Where the page starts: the `nextCursor` of the previous page (none on the last page) */
        Cursor: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    signUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 64 KiB. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "firstName": "Mei",
                 *       "lastName": "Lin",
                 *       "email": "mei@example.com",
                 *       "country": "CN",
                 *       "password": "Backup#Restore2026",
                 *       "passwordConfirmation": "Backup#Restore2026",
                 *       "acceptPrivacyStatement": true
                 *     }
                 */
                "application/json": {
                    firstName: string;
                    lastName: string;
                    /** Format: email */
                    email: string;
                    country: components["schemas"]["CountryCode"];
                    password: string & (unknown & unknown & unknown & unknown);
                    passwordConfirmation: string;
                    /** @constant */
                    acceptPrivacyStatement: true;
                    /** @enum {string} */
                    language?: "en" | "zh-CN";
                };
            };
        };
        responses: {
            /** @description Accepted: a code is on its way if the address can be used */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignUpAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    confirmAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 64 KiB. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "mei@example.com",
                 *       "code": "123456"
                 *     }
                 */
                "application/json": {
                    /** Format: email */
                    email: string;
                    code: string;
                };
            };
        };
        responses: {
            /** @description Confirmed: sign in now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    resendConfirmationCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 64 KiB. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "mei@example.com"
                 *     }
                 */
                "application/json": {
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Accepted: a code is on its way if the address awaits one */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 64 KiB. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "mei@example.com"
                 *     }
                 */
                "application/json": {
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Accepted: a code is on its way if the address has an account */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 64 KiB. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "mei@example.com",
                 *       "code": "123456",
                 *       "password": "Restore#Backup2027",
                 *       "passwordConfirmation": "Restore#Backup2027"
                 *     }
                 */
                "application/json": {
                    /** Format: email */
                    email: string;
                    code: string;
                    password: string & (unknown & unknown & unknown & unknown);
                    passwordConfirmation: string;
                };
            };
        };
        responses: {
            /** @description The password is changed; sign in with it */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 64 KiB. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "mei@example.com",
                 *       "password": "Backup#Restore2026"
                 *     }
                 */
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description The tokens, or the new-password challenge */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tokens"] | components["schemas"]["NewPasswordChallenge"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    completeNewPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 64 KiB. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "sam@example.com",
                 *       "session": "AYABeC1yZWdpb24tY2hhbGxlbmdlLXNlc3Npb24",
                 *       "password": "Support#Desk2026",
                 *       "passwordConfirmation": "Support#Desk2026"
                 *     }
                 */
                "application/json": {
                    /** Format: email */
                    email: string;
                    session: string;
                    password: string & (unknown & unknown & unknown & unknown);
                    passwordConfirmation: string;
                };
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tokens"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    refreshSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 64 KiB. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "refreshToken": "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ"
                 *     }
                 */
                "application/json": {
                    refreshToken: string;
                };
            };
        };
        responses: {
            /** @description A new ID token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tokens"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out everywhere */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's profile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 64 KiB. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "language": "zh-CN",
                 *       "phone": "+86 10 1234 5678"
                 *     }
                 */
                "application/json": {
                    firstName?: string;
                    lastName?: string;
                    country?: components["schemas"]["CountryCode"];
                    /** @enum {string} */
                    language?: "en" | "zh-CN";
                    company?: string;
                    phone?: string;
                };
            };
        };
        responses: {
            /** @description The changed profile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAgents: {
        parameters: {
            query?: {
                /** @example 20 */
                limit?: string;
                /** @description Where the page starts: the `nextCursor` of the previous page (none on the last page) */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of support engineers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Agent"][];
                        /** @description Pass it back as `cursor` for the next page; absent on the last page */
                        nextCursor?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createAgent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 64 KiB. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "sam@example.com",
                 *       "firstName": "Sam",
                 *       "lastName": "Support"
                 *     }
                 */
                "application/json": {
                    /** Format: email */
                    email: string;
                    firstName: string;
                    lastName: string;
                };
            };
        };
        responses: {
            /** @description The agent's account */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    importLicenses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description application/json or text/csv. At most 1 MiB. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "licenses": [
                 *         {
                 *           "serial": "PREM1-AAAAA-BBBBB-CCCCC-00001",
                 *           "productId": "acme-backup-server",
                 *           "productName": "Acme Backup Server",
                 *           "edition": "Enterprise",
                 *           "language": "en",
                 *           "licenseCount": 25,
                 *           "productVersion": "12.1",
                 *           "plans": [
                 *             {
                 *               "plan": "advantage-premier",
                 *               "startsOn": "2026-01-01",
                 *               "endsOn": "2026-12-31"
                 *             }
                 *           ],
                 *           "incidentCredits": 0
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    licenses: unknown[];
                };
                "text/csv": string;
            };
        };
        responses: {
            /** @description A report per row */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenseImportReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    changeLicense: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serial: string;
            };
            cookie?: never;
        };
        /** @description At most 64 KiB. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "action": "set-plan",
                 *       "term": {
                 *         "plan": "advantage-premier",
                 *         "startsOn": "2026-01-01",
                 *         "endsOn": "2026-12-31"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @constant */
                    action: "set-plan";
                    term: {
                        /** @enum {string} */
                        plan: "customer-service" | "trial" | "single-incident" | "advantage-standard" | "advantage-premier";
                        /** Format: date */
                        startsOn: string;
                        /** Format: date */
                        endsOn: string;
                    };
                } | {
                    /** @constant */
                    action: "upgrade-to-premier";
                } | {
                    /** @constant */
                    action: "add-credits";
                    credits: number;
                };
            };
        };
        responses: {
            /** @description The license as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["License"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    publishRelease: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 64 KiB. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "productId": "acme-backup-server",
                 *       "version": "12.1",
                 *       "build": 4711,
                 *       "sizeBytes": 524288000,
                 *       "releasedOn": "2026-11-20",
                 *       "notes": "Fixes restores of large virtual machines.",
                 *       "fileName": "acme-backup-server-12.1.4711.exe"
                 *     }
                 */
                "application/json": {
                    productId: string;
                    version: string;
                    build: number;
                    sizeBytes: number;
                    /** Format: date */
                    releasedOn: string;
                    /** @default  */
                    notes?: string;
                    whatsNew?: string;
                    knownIssues?: string;
                    installationNotes?: string;
                    fileName: string;
                };
            };
        };
        responses: {
            /** @description The release, with its upload URL */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishedRelease"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    releaseNoticeReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                productId: string;
                version: string;
                build: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The release's notice report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getHolidaySchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: "2000" | "2001" | "2002" | "2003" | "2004" | "2005" | "2006" | "2007" | "2008" | "2009" | "2010" | "2011" | "2012" | "2013" | "2014" | "2015" | "2016" | "2017" | "2018" | "2019" | "2020" | "2021" | "2022" | "2023" | "2024" | "2025" | "2026" | "2027" | "2028" | "2029" | "2030" | "2031" | "2032" | "2033" | "2034" | "2035" | "2036" | "2037" | "2038" | "2039" | "2040" | "2041" | "2042" | "2043" | "2044" | "2045" | "2046" | "2047" | "2048" | "2049" | "2050" | "2051" | "2052" | "2053" | "2054" | "2055" | "2056" | "2057" | "2058" | "2059" | "2060" | "2061" | "2062" | "2063" | "2064" | "2065" | "2066" | "2067" | "2068" | "2069" | "2070" | "2071" | "2072" | "2073" | "2074" | "2075" | "2076" | "2077" | "2078" | "2079" | "2080" | "2081" | "2082" | "2083" | "2084" | "2085" | "2086" | "2087" | "2088" | "2089" | "2090" | "2091" | "2092" | "2093" | "2094" | "2095" | "2096" | "2097" | "2098" | "2099";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schedule in force */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoadedHolidaySchedule"] | components["schemas"]["PackageHolidaySchedule"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putHolidaySchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: "2000" | "2001" | "2002" | "2003" | "2004" | "2005" | "2006" | "2007" | "2008" | "2009" | "2010" | "2011" | "2012" | "2013" | "2014" | "2015" | "2016" | "2017" | "2018" | "2019" | "2020" | "2021" | "2022" | "2023" | "2024" | "2025" | "2026" | "2027" | "2028" | "2029" | "2030" | "2031" | "2032" | "2033" | "2034" | "2035" | "2036" | "2037" | "2038" | "2039" | "2040" | "2041" | "2042" | "2043" | "2044" | "2045" | "2046" | "2047" | "2048" | "2049" | "2050" | "2051" | "2052" | "2053" | "2054" | "2055" | "2056" | "2057" | "2058" | "2059" | "2060" | "2061" | "2062" | "2063" | "2064" | "2065" | "2066" | "2067" | "2068" | "2069" | "2070" | "2071" | "2072" | "2073" | "2074" | "2075" | "2076" | "2077" | "2078" | "2079" | "2080" | "2081" | "2082" | "2083" | "2084" | "2085" | "2086" | "2087" | "2088" | "2089" | "2090" | "2091" | "2092" | "2093" | "2094" | "2095" | "2096" | "2097" | "2098" | "2099";
            };
            cookie?: never;
        };
        /** @description At most 64 KiB. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "holidays": [
                 *         {
                 *           "date": "2027-01-01",
                 *           "name": "元旦"
                 *         }
                 *       ],
                 *       "workdays": [
                 *         {
                 *           "date": "2027-02-06"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    holidays: {
                        /** Format: date */
                        date: string;
                        name?: string;
                    }[];
                    workdays: {
                        /** Format: date */
                        date: string;
                        name?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description The schedule now in force */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoadedHolidaySchedule"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    registerProducts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 64 KiB. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "serials": "stan1-aaaaa-bbbbb-ccccc-00002\nNOPE-1",
                 *       "notices": true
                 *     }
                 */
                "application/json": {
                    serials: string;
                    /** @description Opt in to e-mails about new releases of the serials that are yours after this (default false) */
                    notices?: boolean;
                };
            };
        };
        responses: {
            /** @description One outcome per line */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description How many serials this request registered to the caller */
                        registered: number;
                        /** @description One per non-empty line, in order */
                        results: components["schemas"]["RegistrationResult"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listMyProducts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's products */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Product"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDownloads: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serial: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product's builds */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        serial: string;
                        productId: string;
                        productName: string;
                        /** @description Newest first */
                        items: components["schemas"]["Build"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    setProductNotices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serial: string;
            };
            cookie?: never;
        };
        /** @description At most 64 KiB. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "subscribed": true
                 *     }
                 */
                "application/json": {
                    /** @description true: e-mail me notices of new releases of this product */
                    subscribed: boolean;
                };
            };
        };
        responses: {
            /** @description The serial's release notices now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        serial: string;
                        productId: string;
                        notices: components["schemas"]["NoticeOptIn"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    unsubscribeNotices: {
        parameters: {
            query: {
                /** @example v1.<owner>.<product>.<signature> */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description application/json or application/x-www-form-urlencoded or multipart/form-data. At most 1 KiB. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "List-Unsubscribe": "One-Click"
                 *     }
                 */
                "application/json": {
                    /** @constant */
                    "List-Unsubscribe"?: "One-Click";
                };
                "application/x-www-form-urlencoded": string;
                "multipart/form-data": string;
            };
        };
        responses: {
            /** @description Unsubscribed (now or before) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        productId: string;
                        /** @description The product's name, while the owner still has it */
                        productName?: string;
                        /** @constant */
                        subscribed: false;
                        /** @description Whether this request turned notices off; false when they were off already */
                        changed: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    supportOptions: {
        parameters: {
            query: {
                /** @example EXPD1-AAAAA-BBBBB-CCCCC-00003 */
                serial: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's options for the product */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportOptions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listMyCases: {
        parameters: {
            query?: {
                /** @example open */
                status?: "open" | "closed" | "awaiting_support" | "awaiting_customer" | "no_customer_response" | "resolved" | "withdrawn";
                /** @example 20 */
                limit?: string;
                /** @description Where the page starts: the `nextCursor` of the previous page (none on the last page) */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the caller's cases */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CustomerCase"][];
                        /** @description Pass it back as `cursor` for the next page; absent on the last page */
                        nextCursor?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    openCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key and body gets the first answer and creates nothing new; the same key with another body answers 422, and while the first request still runs, 409. Keys are per caller and kept for a day. Without it the request is not deduplicated. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description At most 64 KiB. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "topic": "product-problem",
                 *       "serial": "PREM1-AAAAA-BBBBB-CCCCC-00001",
                 *       "severity": "B",
                 *       "subject": "Backup stops at 80%",
                 *       "description": "Error E1234 since Monday",
                 *       "preferredContact": "email",
                 *       "language": "en"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    topic: "licensing" | "downloads" | "site" | "offers" | "account" | "product-problem" | "third-party-product" | "network-consulting" | "user-and-security-management" | "security-assessment" | "architecture-design";
                    problem?: {
                        symptoms?: string;
                        errorOutput?: string;
                        stepsToReproduce?: string;
                        expectedResult?: string;
                    };
                    environment?: {
                        productVersion?: string;
                        build?: string;
                        /** @enum {string} */
                        occurrence?: "first-time" | "recurring";
                        beforeProblem?: string;
                        recentChanges?: string;
                    };
                    contact?: {
                        company?: string;
                        /** Format: email */
                        email?: string;
                        alternatePhone?: string;
                        otherContact?: {
                            name: string;
                            /** Format: email */
                            email?: string;
                            phone?: string;
                        };
                    };
                    /**
                     * @default web
                     * @enum {string}
                     */
                    channel?: "web" | "email" | "chat" | "phone";
                    onBehalfOf?: {
                        customerId: string;
                        customerEmail?: unknown;
                    };
                    serial?: string;
                    /** @enum {string} */
                    severity: "A" | "B" | "C" | "D";
                    subject: string;
                    description: string;
                    /** @enum {string} */
                    preferredContact: "email" | "phone";
                    phone?: string;
                    /** @enum {string} */
                    language?: "en" | "zh-CN";
                };
            };
        };
        responses: {
            /** @description The case, in the caller's view */
            201: {
                headers: {
                    /** @description The URL of what the request created */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffCase"] | components["schemas"]["CustomerCase"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case and its timeline, in the caller's view */
            200: {
                headers: {
                    /** @description The case's version, quoted (`"7"`): send it back as `If-Match` so a write made on a stale view is refused */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseNumber: string;
                        /** @enum {string} */
                        status: "awaiting_support" | "awaiting_customer" | "no_customer_response" | "resolved" | "withdrawn";
                        /** @description Support or the customer owes an answer (awaiting_support, awaiting_customer) */
                        open: boolean;
                        /** @enum {string} */
                        topic: "licensing" | "downloads" | "site" | "offers" | "account" | "product-problem" | "third-party-product" | "network-consulting" | "user-and-security-management" | "security-assessment" | "architecture-design";
                        serial?: string;
                        /**
                         * @description The plan that accepted the case at intake
                         * @enum {string}
                         */
                        plan: "customer-service" | "trial" | "single-incident" | "advantage-standard" | "advantage-premier";
                        /** @description Whether intake spent a single-incident credit (returned if the case is withdrawn) */
                        consumedCredit: boolean;
                        /** @enum {string} */
                        severity: "A" | "B" | "C" | "D";
                        subject: string;
                        description: string;
                        problem?: components["schemas"]["CaseProblem"];
                        environment?: components["schemas"]["CaseEnvironment"];
                        contact?: components["schemas"]["CaseContact"];
                        /** @enum {string} */
                        channel: "web" | "email" | "chat" | "phone";
                        /** @enum {string} */
                        preferredContact: "email" | "phone";
                        phone?: string;
                        /**
                         * @description The language of the case's e-mails
                         * @enum {string}
                         */
                        language: "en" | "zh-CN";
                        /** @description Where the case's e-mails go */
                        customerEmail: string;
                        /** @description First-response targets by channel; a channel the plan does not offer is absent */
                        firstResponseTargets: {
                            [key: string]: components["schemas"]["FirstResponseTarget"];
                        };
                        /**
                         * Format: date-time
                         * @description When the first response is due; absent when the channel counts as answered at once
                         */
                        firstResponseDueAt?: string;
                        /** @description The rule that set the due time, in words */
                        firstResponseRule?: string;
                        /** Format: date-time */
                        firstResponseAt?: string;
                        /** @description The first-response target now: missed or not, and the time left */
                        firstResponse: {
                            breached: boolean;
                            /** @description While unanswered: seconds until the due time, negative once overdue */
                            timeLeftSeconds?: number;
                        };
                        latestSupportReply?: {
                            /** Format: date-time */
                            at: string;
                            message: string;
                        };
                        resolution?: string;
                        rating?: {
                            score: number;
                            comment?: string;
                            /** Format: date-time */
                            at: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description The customer's user id (for onBehalfOf) */
                        customerId: string;
                        openedBy?: string;
                        assigneeId?: string;
                        replyCount: number;
                        /** @description The support reply the follow-ups are about */
                        awaitingReplyId?: string;
                        followUpsSent: number;
                        /** Format: date-time */
                        lastFollowUpAt?: string;
                        followUpFailure?: {
                            replyId: string;
                            error: string;
                            cause: string;
                            /** Format: date-time */
                            at: string;
                        };
                        /** @description Raised by every change to the case; the ETag of GET /cases/{number}, sent back as If-Match */
                        version: number;
                        /** @description Oldest first */
                        events: components["schemas"]["StaffCaseEvent"][];
                    } | {
                        caseNumber: string;
                        /** @enum {string} */
                        status: "awaiting_support" | "awaiting_customer" | "no_customer_response" | "resolved" | "withdrawn";
                        /** @description Support or the customer owes an answer (awaiting_support, awaiting_customer) */
                        open: boolean;
                        /** @enum {string} */
                        topic: "licensing" | "downloads" | "site" | "offers" | "account" | "product-problem" | "third-party-product" | "network-consulting" | "user-and-security-management" | "security-assessment" | "architecture-design";
                        serial?: string;
                        /**
                         * @description The plan that accepted the case at intake
                         * @enum {string}
                         */
                        plan: "customer-service" | "trial" | "single-incident" | "advantage-standard" | "advantage-premier";
                        /** @description Whether intake spent a single-incident credit (returned if the case is withdrawn) */
                        consumedCredit: boolean;
                        /** @enum {string} */
                        severity: "A" | "B" | "C" | "D";
                        subject: string;
                        description: string;
                        problem?: components["schemas"]["CaseProblem"];
                        environment?: components["schemas"]["CaseEnvironment"];
                        contact?: components["schemas"]["CaseContact"];
                        /** @enum {string} */
                        channel: "web" | "email" | "chat" | "phone";
                        /** @enum {string} */
                        preferredContact: "email" | "phone";
                        phone?: string;
                        /**
                         * @description The language of the case's e-mails
                         * @enum {string}
                         */
                        language: "en" | "zh-CN";
                        /** @description Where the case's e-mails go */
                        customerEmail: string;
                        /** @description First-response targets by channel; a channel the plan does not offer is absent */
                        firstResponseTargets: {
                            [key: string]: components["schemas"]["FirstResponseTarget"];
                        };
                        /**
                         * Format: date-time
                         * @description When the first response is due; absent when the channel counts as answered at once
                         */
                        firstResponseDueAt?: string;
                        /** @description The rule that set the due time, in words */
                        firstResponseRule?: string;
                        /** Format: date-time */
                        firstResponseAt?: string;
                        /** @description The first-response target now: missed or not, and the time left */
                        firstResponse: {
                            breached: boolean;
                            /** @description While unanswered: seconds until the due time, negative once overdue */
                            timeLeftSeconds?: number;
                        };
                        latestSupportReply?: {
                            /** Format: date-time */
                            at: string;
                            message: string;
                        };
                        resolution?: string;
                        rating?: {
                            score: number;
                            comment?: string;
                            /** Format: date-time */
                            at: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Oldest first */
                        events: components["schemas"]["CustomerCaseEvent"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    replyToCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description The case's ETag from GET /cases/{number}: the write is refused with 409 `stale-case` once the case has changed since. Without it the write is not checked (integrations). */
                "If-Match"?: string;
                /** @description Any unique string (a UUID): a retry with the same key and body gets the first answer and creates nothing new; the same key with another body answers 422, and while the first request still runs, 409. Keys are per caller and kept for a day. Without it the request is not deduplicated. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                number: string;
            };
            cookie?: never;
        };
        /** @description At most 64 KiB. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "message": "Please update to build 4711."
                 *     }
                 */
                "application/json": {
                    message: string;
                };
            };
        };
        responses: {
            /** @description The reply, as a timeline event */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffCaseEvent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    addCustomerNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key and body gets the first answer and creates nothing new; the same key with another body answers 422, and while the first request still runs, 409. Keys are per caller and kept for a day. Without it the request is not deduplicated. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                number: string;
            };
            cookie?: never;
        };
        /** @description At most 64 KiB. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "message": "Resolved"
                 *     }
                 */
                "application/json": {
                    message: string;
                };
            };
        };
        responses: {
            /** @description The note, as a timeline event */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerCaseEvent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    caseQueue: {
        parameters: {
            query?: {
                status?: "awaiting_support" | "awaiting_customer";
                /** @example A */
                severity?: "A" | "B" | "C" | "D";
                plan?: "customer-service" | "trial" | "single-incident" | "advantage-standard" | "advantage-premier";
                assigneeId?: string;
                /** @description `true`: only the cases assigned to the caller */
                mine?: "true" | "false";
                /** @description `true`: only the cases nobody is assigned */
                unassigned?: "true" | "false";
                /** @example 50 */
                limit?: string;
                /** @description Where the page starts: the `nextCursor` of the previous page (none on the last page) */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the queue */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["StaffCase"][];
                        /** @description Pass it back as `cursor` for the next page; absent on the last page */
                        nextCursor?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case's attachments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["StaffAttachment"][];
                    } | {
                        items: components["schemas"]["CustomerAttachment"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    addAttachment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key and body gets the first answer and creates nothing new; the same key with another body answers 422, and while the first request still runs, 409. Keys are per caller and kept for a day. Without it the request is not deduplicated. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                number: string;
            };
            cookie?: never;
        };
        /** @description At most 64 KiB. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fileName": "backup-log.txt",
                 *       "contentType": "text/plain",
                 *       "sizeBytes": 48213
                 *     }
                 */
                "application/json": {
                    fileName: string;
                    /** @enum {string} */
                    contentType: "image/png" | "image/jpeg" | "image/gif" | "text/plain" | "application/pdf" | "application/zip" | "application/gzip" | "application/x-7z-compressed";
                    sizeBytes: number;
                };
            };
        };
        responses: {
            /** @description Where to upload the file */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentUpload"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    caseEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The timeline, in the caller's view */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Oldest first */
                        items: components["schemas"]["StaffCaseEvent"][];
                    } | {
                        /** @description Oldest first */
                        items: components["schemas"]["CustomerCaseEvent"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    agentAction: {
        parameters: {
            query?: never;
            header?: {
                /** @description The case's ETag from GET /cases/{number}: the write is refused with 409 `stale-case` once the case has changed since. Without it the write is not checked (integrations). */
                "If-Match"?: string;
            };
            path: {
                number: string;
            };
            cookie?: never;
        };
        /** @description At most 64 KiB. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "action": "change-severity",
                 *       "severity": "A",
                 *       "reason": "Production backups are failing."
                 *     }
                 */
                "application/json": {
                    /** @constant */
                    action: "assign";
                    assigneeId: string;
                } | {
                    /** @constant */
                    action: "change-severity";
                    /** @enum {string} */
                    severity: "A" | "B" | "C" | "D";
                    reason: string;
                } | {
                    /** @constant */
                    action: "internal-note";
                    message: string;
                } | {
                    /** @constant */
                    action: "resolve";
                    resolution: string;
                } | {
                    /** @constant */
                    action: "reopen";
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The action, as a timeline event */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffCaseEvent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    rateCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: string;
            };
            cookie?: never;
        };
        /** @description At most 64 KiB. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "score": 5,
                 *       "comment": "Quick and clear answer."
                 *     }
                 */
                "application/json": {
                    score: number;
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description The rating */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rating"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    severities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The severity levels */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            level: "A" | "B" | "C" | "D";
                            meaning: string;
                        }[];
                    };
                };
            };
        };
    };
    giveFeedback: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key and body gets the first answer and creates nothing new; the same key with another body answers 422, and while the first request still runs, 409. Keys are per caller and kept for a day. Without it the request is not deduplicated. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description At most 64 KiB. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "praise",
                 *       "about": "support",
                 *       "text": "The restore guide saved our weekend.",
                 *       "caseNumber": "00000042"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    kind: "suggestion" | "complaint" | "thanks" | "praise";
                    /** @enum {string} */
                    about: "product" | "support" | "site";
                    text: string;
                    caseNumber?: string;
                };
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackReceived"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listFeedback: {
        parameters: {
            query?: {
                /** @example 20 */
                limit?: string;
                /** @description Where the page starts: the `nextCursor` of the previous page (none on the last page) */
                cursor?: components["parameters"]["Cursor"];
                status?: "new" | "reviewed" | "answered";
                kind?: "suggestion" | "complaint" | "thanks" | "praise";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of feedback */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Feedback"][];
                        /** @description Pass it back as `cursor` for the next page; absent on the last page */
                        nextCursor?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    setFeedbackStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                feedbackId: string;
            };
            cookie?: never;
        };
        /** @description At most 64 KiB. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "reviewed"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    status: "new" | "reviewed" | "answered";
                };
            };
        };
        responses: {
            /** @description The feedback as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Feedback"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    withdrawCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The withdrawal, as a timeline event */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerCaseEvent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createCannedReply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description At most 64 KiB. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": {
                 *         "en": "Update to the latest build",
                 *         "zh-CN": "更新到最新版本"
                 *       },
                 *       "body": {
                 *         "en": "Dear {{customerName}},\n\nplease update to the latest build and tell us on case {{caseNumber}} whether the problem remains.\n\n{{agentName}}",
                 *         "zh-CN": "{{customerName}}，您好：\n\n请更新到最新版本，并在案例 {{caseNumber}} 中告诉我们问题是否仍然存在。\n\n{{agentName}}"
                 *       }
                 *     }
                 */
                "application/json": {
                    title: {
                        en: string;
                        "zh-CN": string;
                    };
                    body: {
                        /** @description The reply's text; placeholders: {{customerName}}, {{caseNumber}}, {{agentName}} */
                        en: string;
                        /** @description The reply's text; placeholders: {{customerName}}, {{caseNumber}}, {{agentName}} */
                        "zh-CN": string;
                    };
                };
            };
        };
        responses: {
            /** @description The canned reply */
            201: {
                headers: {
                    /** @description The URL of what the request created */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CannedReply"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCannedReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cannedReplyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The canned reply */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CannedReply"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    replaceCannedReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cannedReplyId: string;
            };
            cookie?: never;
        };
        /** @description At most 64 KiB. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": {
                 *         "en": "Send us the log",
                 *         "zh-CN": "请发送日志"
                 *       },
                 *       "body": {
                 *         "en": "Dear {{customerName}}, please attach the backup log to case {{caseNumber}}.",
                 *         "zh-CN": "{{customerName}}，您好：请将备份日志附加到案例 {{caseNumber}}。"
                 *       }
                 *     }
                 */
                "application/json": {
                    title: {
                        en: string;
                        "zh-CN": string;
                    };
                    body: {
                        /** @description The reply's text; placeholders: {{customerName}}, {{caseNumber}}, {{agentName}} */
                        en: string;
                        /** @description The reply's text; placeholders: {{customerName}}, {{caseNumber}}, {{agentName}} */
                        "zh-CN": string;
                    };
                };
            };
        };
        responses: {
            /** @description The canned reply as rewritten */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CannedReply"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteCannedReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cannedReplyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCannedReplies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The canned replies */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CannedReply"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    casePresence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The others on the case */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasePresence"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    markPresence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller is marked; the others on the case */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasePresence"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    leaveCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Left */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    findCustomer: {
        parameters: {
            query: {
                /** @example mei@example.com */
                email: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer and their products */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffCustomer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer and their products */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffCustomer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    followUpState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The follow-up state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpState"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    setAgentEnabled: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agentId: string;
            };
            cookie?: never;
        };
        /** @description At most 64 KiB. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "enabled": false
                 *     }
                 */
                "application/json": {
                    enabled: boolean;
                };
            };
        };
        responses: {
            /** @description The account's state now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentEnabled"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    openApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document */
            200: {
                headers: {
                    /** @description How long the answer may be cached */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        openapi: string;
                        info: {
                            title: string;
                            version: string;
                        } & {
                            [key: string]: unknown;
                        };
                        paths: {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    apiReference: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference page */
            200: {
                headers: {
                    /** @description How long the answer may be cached */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    apiReferenceScript: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The script */
            200: {
                headers: {
                    /** @description How long the answer may be cached */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
        };
    };
}

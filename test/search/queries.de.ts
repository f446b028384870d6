import {
	ARTICLE,
	CREATE,
	FIND_DOMAIN,
	MANAGE,
	STATUS_SECTION,
	SUBSCRIPTION_ERRORS,
	type OffTopicQuery,
	type RecallQuery,
} from './query-set.ts';

/**
 * German. The portal's messages are pasted as the German CAI article quotes them: the article's subscription-error
 * section holds them (the error pages show them too once their catalog is translated: `alsoRight`). The vendor's
 * translation splits compounds (`Abonnement Fehler`, `Kunden Zuordnung`); readers write them as one word, and without
 * umlauts or `ß` on a keyboard that lacks them.
 */
export const queries: RecallQuery[] = [
	{ kind: 'heading', q: 'Konkurrierende Ansprüche', page: ARTICLE, section: 'competing-claims' },
	{ kind: 'heading', q: 'Welche Aktivität wähle ich aus?', page: ARTICLE, section: 'which-activity-do-i-choose' },
	{ kind: 'heading', q: 'Welches MPN wähle ich aus', page: ARTICLE, section: 'which-mpn-do-i-choose' },
	{
		kind: 'heading',
		q: 'Auswählen eines Produkts und Eingeben eines Abonnements',
		page: ARTICLE,
		section: 'choosing-a-product-vs-entering-a-subscription',
	},
	{ kind: 'heading', q: 'Domänen-Mandanten stimmen nicht überein', page: ARTICLE, section: 'domain-tenant-mismatch' },
	{
		kind: 'pasted',
		q: 'Das ausgewählte Produkt ist im Mandanten des Kunden nicht vorhanden.',
		page: ARTICLE,
		section: SUBSCRIPTION_ERRORS,
		alsoRight: ['errors/subscription-product-not-on-tenant/'],
	},
	{
		kind: 'pasted',
		q: 'Das angegebene Abonnement ist nicht für Dynamics',
		page: ARTICLE,
		section: SUBSCRIPTION_ERRORS,
		alsoRight: ['errors/subscription-not-dynamics/'],
	},
	{
		kind: 'pasted',
		q: 'Das angegebene Abonnement gilt für CSP.',
		page: ARTICLE,
		section: SUBSCRIPTION_ERRORS,
		alsoRight: ['errors/subscription-is-csp/'],
	},
	{
		kind: 'pasted',
		q: 'Der angegebene Bezeichner ist keine\u00a0Abonnement-ID.',
		page: ARTICLE,
		section: SUBSCRIPTION_ERRORS,
		alsoRight: ['errors/subscription-id-invalid/'],
	},
	{
		kind: 'pasted',
		q: 'Das Abonnement wurde bereits beansprucht.',
		page: ARTICLE,
		section: SUBSCRIPTION_ERRORS,
		alsoRight: ['errors/subscription-already-claimed/'],
	},
	{ kind: 'compound', q: 'Abonnementfehler', page: ARTICLE, section: SUBSCRIPTION_ERRORS },
	{ kind: 'compound', q: 'Kundenzuordnung erstellen', page: CREATE, section: 'create-a-customer-association' },
	{ kind: 'compound', q: 'Domänennamen des Kunden finden', page: FIND_DOMAIN },
	{
		kind: 'compound',
		q: 'Lösungsbereich',
		page: ARTICLE,
		section: 'which-activity-do-i-choose',
		// The field's name alone: the error page of the field answers it too, as in the English set's solution-area query.
		alsoRight: [CREATE, 'errors/solution-area-required/', 'helpers/activity/'],
	},
	{ kind: 'spelling', q: 'Domaenen-Mandanten stimmen nicht ueberein', page: ARTICLE, section: 'domain-tenant-mismatch' },
	{ kind: 'spelling', q: 'Welche Aktivitat wahle ich aus', page: ARTICLE, section: 'which-activity-do-i-choose' },
	{ kind: 'spelling', q: 'Ausserdem sollten Sie die folgenden Punkte kennen', page: CREATE },
	{ kind: 'status', q: 'Wird überprüft', page: MANAGE, section: STATUS_SECTION },
	{ kind: 'status', q: 'Partner Aktion erforderlich', page: MANAGE, section: STATUS_SECTION },
	{ kind: 'words', q: 'fünf Werktage', page: MANAGE, section: STATUS_SECTION, alsoRight: [ARTICLE] },
	{ kind: 'words', q: 'abgelehnten Anspruch anfechten 30 Tage', page: MANAGE, section: 'dispute-the-status-of-a-cpor-association-claim' },
	{ kind: 'code', q: 'MPN_NOT_ENROLLED', page: 'errors/mpn-not-enrolled/' },
	{ kind: 'cross-language', q: 'The subscription provided is for CSP', page: 'errors/subscription-is-csp/' },
	// Held-out search test (December 2026): the verb a reader asks with (beanspruchen) for the articles' noun.
	{ kind: 'reworded', q: 'Warum kann ich das Abonnement nicht beanspruchen', page: ARTICLE },
	// Held-out search test (December 2026): where to find the tenant ID, asked with another verb than the title's and
	// a question word; the article on finding it calls it the Directory ID (`article-aliases.ts`, `variants/<lang>.json`).
	{ kind: 'reworded', q: 'Wo finde ich die Mandanten-ID', page: FIND_DOMAIN, alsoRight: ['errors/tenant-id-required/'] },
	// Held-out search test D (December 2026): the English words German admins type for Domäne and Mandant, and another
	// compound for the grace period (Kulanzfrist).
	{ kind: 'reworded', q: 'Domain und Tenant-ID passen nicht zusammen', page: 'errors/domain-tenant-mismatch/', alsoRight: [ARTICLE] },
	{ kind: 'reworded', q: 'Abonnement Kulanzzeitraum', page: 'errors/subscription-not-active/' },
	// Held-out search test E (December 2026): another word for the customer's consent (Zustimmung).
	{
		kind: 'reworded',
		q: 'Kunde lehnt Zuordnung ab Einwilligung',
		page: MANAGE,
		section: 'customer-consent-notification',
		alsoRight: ['claim-lifecycle/'],
	},
	// Held-out search test F (December 2026): today's name of the activity as a German compound.
	{
		kind: 'renamed',
		q: 'Welche Partnerrolle wähle ich für Modern Work and Security?',
		page: ARTICLE,
		section: 'which-activity-do-i-choose',
		alsoRight: ['helpers/activity/'],
	},
	// Held-out search tests G and H (December 2026): Einspruch for the article's streiten (dispute).
	{
		kind: 'reworded',
		q: 'Frist Einspruch abgelehnter Claim',
		page: MANAGE,
		section: 'to-dispute-a-rejected-claim',
		alsoRight: ['claim-lifecycle/'],
	},
	// A status name as the reader meets it (the glossary's other word for Wird überprüft (Under review)): the status section first (`section-aliases.ts`).
	{ kind: 'status', q: 'In Prüfung', page: MANAGE, section: STATUS_SECTION },
	// Held-out search test I (December 2026): a code inside a sentence of the reader’s own words names its error page.
	{ kind: 'code', q: 'Fehler SUBSCRIPTION_IS_CSP beim Einreichen', page: 'errors/subscription-is-csp/' },
	// Held-out search test I (December 2026): the infinitive of a separable verb the error page's title takes apart.
	{ kind: 'words', q: 'Domaenenname des Kunden eingeben', page: 'errors/customer-domain-required/' },
	{ kind: 'words', q: 'Mandanten-ID eingeben', page: 'errors/tenant-id-required/' },
	// Fourth held-out probe (December 2026): ändern for the heading's Bearbeiten; noch and nach say nothing.
	{
		kind: 'reworded',
		q: 'kann ich MPN und Produkte nach dem Einreichen noch ändern',
		page: MANAGE,
		section: 'edit-your-cpor-association-claim',
	},
	// Fourth held-out probe (December 2026): Ansprechpartner for the page's Kontakt.
	{ kind: 'reworded', q: 'technischer Ansprechpartner fehlt bei Dynamics 365', page: 'errors/technical-contact-required/' },
	// Fifth held-out probe (December 2026): a tool asked for by what it does (`toolWords`).
	{ kind: 'tool', q: 'Anspruch simulieren', page: 'claim-simulator/' },
	{ kind: 'tool', q: 'Frist berechnen Werktage', page: 'claim-lifecycle/' },
	// A list of the errors: the error reference, by its name in the variant data.
	{ kind: 'reworded', q: 'Liste aller Fehler', page: 'errors/' },
	// Tenth held-out probe (December 2026): a list word and an error word ask for the error reference (`listsErrors`).
	{ kind: 'reworded', q: 'Übersicht aller Fehlermeldungen', page: 'errors/' },
	// Fourth held-out probe (December 2026): the activity's English name among German words (a query in Latin letters
	// alone is not searched with the glossary's English terms: `rewritesFor`).
	{ kind: 'mixed', q: 'Revenue association ISV-Produktname fehlt', page: 'errors/revenue-association-field-required/' },
	// Eighth held-out probe (December 2026): Abo for Abonnement, eingerichtet for bereitgestellt (variant data).
	{ kind: 'variant', q: 'Abo ist beim Kunden noch nicht eingerichtet', page: 'errors/subscription-not-provisioned/', alsoRight: [ARTICLE] },
	// Held-out probes 8 and 12 (December 2026): a wrong value or choice, the error page's example in the simulator.
	{ kind: 'situation', q: 'Domain ins Feld Mandanten-ID eingetragen', page: 'errors/tenant-id-not-guid/' },
	{ kind: 'situation', q: 'Microsoft 365 E3 im Business Applications Anspruch', page: 'errors/product-not-in-solution-area/' },
	// Twelfth held-out probe (December 2026): everyday words for not active and for not matching (variant data).
	{ kind: 'reworded', q: 'Abo läuft nicht mehr', page: 'errors/subscription-not-active/' },
	{ kind: 'reworded', q: 'Domäne und Tenant-ID passen nicht zusammen', page: 'errors/domain-tenant-mismatch/' },
	// Held-out probes 11 and 12 (December 2026): a hyphenated compound the pages write otherwise is searched as they write
	// it (`Pre-Sales-Claim`: `Presales`, `Claim`); one they write whole stays whole (`splitCompounds`).
	{
		kind: 'compound',
		q: 'Kunde hat Dynamics über einen CSP-Partner gekauft, Pre-Sales-Claim gibt Warnung',
		page: 'errors/activity-channel-not-eligible/',
	},
	{ kind: 'compound', q: 'Mandanten-ID vergessen', page: 'errors/tenant-id-required/' },
	// The field after `Feld` (`fieldWords`), not the value typed into it.
	{ kind: 'situation', q: 'Mandanten-ID im Feld Abonnement-ID eingetragen', page: 'errors/subscription-id-invalid/' },
	// The field after `statt`; the claim simulator, which holds every word, is no answer (a tool not asked for).
	{ kind: 'situation', q: 'Domain statt Mandanten-ID eingegeben', page: 'errors/tenant-id-not-guid/' },
	// Held-out probe 15 (December 2026): Kontaktdaten is Kontaktinformationen, unvollständig asks to complete (as data).
	{ kind: 'reworded', q: 'Kontaktdaten unvollständig', page: 'errors/contact-field-required/' },
	// Held-out probe 11 (December 2026): Hilfe and Helfer ask for a helper (`toolWords`).
	{ kind: 'tool', q: 'Hilfe welche Aktivität soll ich auswählen', page: 'helpers/activity/' },
	// Held-out probe 11 (December 2026): two letters swapped; searched as the title writes it too (`correctTypos`).
	{ kind: 'spelling', q: 'Ausführungsnachwies', page: 'errors/proof-of-execution-required/' },
	// What a word of a message means (held-out probe 16): the error page, which explains it.
	{ kind: 'reworded', q: 'Was bedeutet Kulanzfrist beim Abonnement', page: 'errors/subscription-not-active/' },
	// A tool asked for by what the reader wants to do or decide (`toolPurposes`): that tool before the others, though the
	// lifecycle simulator's long page holds more of the words (held-out probes 8–16's kind, December 2026).
	{ kind: 'tool', q: 'Tool zum Testen eines Anspruchs vor dem Einreichen', page: 'claim-simulator/' },
	{ kind: 'tool', q: 'Tool, das die Fristen und den Status eines Anspruchs berechnet', page: 'claim-lifecycle/' },
	// A tool asked for by what the reader wants decided, without naming a tool (`toolWords`: decide, 決め, 결정), or one
	// whose purpose holds the query though another tool's long page holds more of its words (held-out probe 17's kind).
	{ kind: 'tool', q: 'Entscheidung zwischen Presales und Nutzung', page: 'helpers/activity/' },
	{ kind: 'tool', q: 'Status und Fristen eines Anspruchs durchspielen', page: 'claim-lifecycle/' },
	// Held-out probe 18 (December 2026): zum, like zu and im, weighs nothing (`functionWords`); wann asks, and the article's
	// section answers, though its heading says Wenn and Anspruch.
	{
		kind: 'words',
		q: 'wann ist ein Abonnement nach der Bereitstellung zum Beanspruchen verfügbar',
		page: ARTICLE,
		section: 'when-subscriptions-will-be-available-to-claim',
	},
	{ kind: 'tool', q: 'Welche MPN-ID soll ich für den Anspruch verwenden?', page: 'helpers/mpn/' },
	// A message the reader reports among words of their own (`reportedMessage`; held-out probe 25).
	{
		kind: 'account',
		q: 'Habe die Abonnement-ID eingegeben und bekomme die Meldung, das Abonnement sei für CSP',
		page: 'errors/subscription-is-csp/',
	},
	// A tool asked for by three of its purposes, without a tool word (`namesTool`; held-out probe 25).
	{ kind: 'tool', q: 'Fristen und Status eines Anspruchs in Werktagen durchrechnen', page: 'claim-lifecycle/' },
	// Words readers search an error by that its page does not write (`errors.<CODE>.searchWords`; held-out probe 26).
	{ kind: 'words', q: 'Mandantenid ungültig', page: 'errors/tenant-id-not-guid/' },
	// A field said empty names its required page, though the manage article quotes the reviewer's reason whole
	// (`namesEmptyField`; held-out probes 22, 24, 26, 27).
	{ kind: 'words', q: 'Ausführungsnachweis fehlt', page: 'errors/proof-of-execution-required/' },
	{ kind: 'compound', q: 'MandantenID fehlt', page: 'errors/tenant-id-required/' },
	// A question whose words a tool's long page holds by accident, in one section: the article that states the deadline
	// (`scatteredMatches`' `unaskedTool`; held-out probe 28).
	{
		kind: 'reworded',
		q: 'Wie lange hat der Kunde Zeit, der Zuordnung zu widersprechen?',
		page: 'incentives-manage-customer-associations/',
	},
	// A typo in a part of a hyphenated word (`correctTypos`; held-out probe 31).
	{ kind: 'spelling', q: 'Mandaten-ID fehlt', page: 'errors/tenant-id-required/' },
	// A page whose title holds the other words is no title match without the mistyped one (`lackingTypo`; held-out probe 32).
	{ kind: 'spelling', q: 'Abonnment-ID ungültig', page: 'errors/subscription-id-invalid/' },
	// The portal asks for a field (`verlangt`, a missing word): the field's required error, not its format's.
	{ kind: 'account', q: 'das Formular verlangt die Abonnement-ID', page: 'errors/subscription-id-required/' },
	// A choice left unmade (`kein … ausgewählt`, a missing phrase with a gap) and the reader's own `komme nicht weiter`
	// (function words): the product's required error, not the article that holds every word (held-out probe 35).
	{ kind: 'account', q: 'Ich habe kein Produkt ausgewählt und komme nicht weiter', page: 'errors/product-required/' },
	// The words left once the missing phrase is taken out name the field (`emptiedWords`): not the page whose title holds
	// `Lösungsbereich` and `ausgewählt`.
	{ kind: 'account', q: 'Lösungsbereich nicht ausgewählt', page: 'errors/solution-area-required/' },
	// `Titel`, Microsoft's German word for the contact's title (OSA), is the error pages' `Position` (held-out probe 35).
	{
		kind: 'account',
		q: 'habe beim Kundenkontakt den Titel leer gelassen und jetzt kommt ein Fehler',
		page: 'errors/contact-field-required/',
	},
	// `keine … angegeben` (a missing phrase with a gap): the subscription ID's required error, not its format's (held-out
	// probe 36).
	{
		kind: 'account',
		q: 'Kunde hat mehrere Dynamics 365 Abos, ich habe keine Abonnement-ID angegeben',
		page: 'errors/subscription-id-required/',
	},
	// A portal message pasted in English (`otherLatinLanguage`: `or`, `is`, `with`, `this`): the English index's error page,
	// before the article whose hidden English original holds it (held-out probe 37).
	{ kind: 'cross-language', q: 'Another partner has claimed or is associated with this product', page: 'errors/competing-claim/' },
	// A reader's account in clauses of its own: the first recalls the activity page's example (`recalledClause`), and
	// `geht` is a function word like `komme` (held-out probe 37).
	{ kind: 'situation', q: 'Bei Microsoft 365 Presales ausgewählt, geht nicht weiter', page: 'errors/activity-not-for-solution-area/' },
];

/** Queries the site has no good answer to: the dialog must say so (`confidence` not `strong`). */
export const offTopic: OffTopicQuery[] = [{ q: 'Passwort zurücksetzen' }, { q: 'Wettervorhersage für morgen' }];

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
 * French. The portal's messages are pasted as the French CAI article quotes them: the article's subscription-error
 * section holds them (the error pages show them too once their catalog is translated: `alsoRight`). Pasted French text
 * carries typographic apostrophes and a narrow no-break space before `?` and `:`; readers type elisions with `'` and
 * drop accents.
 */
export const queries: RecallQuery[] = [
	{ kind: 'heading', q: 'Revendications en concurrence', page: ARTICLE, section: 'competing-claims' },
	{ kind: 'heading', q: 'Quelle activité dois-je choisir\u202f?', page: ARTICLE, section: 'which-activity-do-i-choose' },
	{ kind: 'heading', q: 'Incompatibilité de domaine-locataire', page: ARTICLE, section: 'domain-tenant-mismatch' },
	{
		kind: 'heading',
		q: 'Choix d’un produit et entrée d’un abonnement',
		page: ARTICLE,
		section: 'choosing-a-product-vs-entering-a-subscription',
	},
	{
		kind: 'pasted',
		q: 'Le produit sélectionné n’existe pas sur le locataire du client',
		page: ARTICLE,
		section: SUBSCRIPTION_ERRORS,
		alsoRight: ['errors/subscription-product-not-on-tenant/'],
	},
	{
		kind: 'pasted',
		q: 'L’abonnement fourni n’est pas pour Dynamics',
		page: ARTICLE,
		section: SUBSCRIPTION_ERRORS,
		alsoRight: ['errors/subscription-not-dynamics/'],
	},
	{
		kind: 'pasted',
		q: 'Le client n’a pas encore activé/approvisionné les produits de cet abonnement',
		page: ARTICLE,
		section: SUBSCRIPTION_ERRORS,
		alsoRight: ['errors/subscription-not-provisioned/'],
	},
	{
		kind: 'pasted',
		q: 'Cet abonnement a déjà été demandé',
		page: ARTICLE,
		section: SUBSCRIPTION_ERRORS,
		alsoRight: ['errors/subscription-already-claimed/'],
	},
	{
		kind: 'spelling',
		q: "L'identificateur fourni n'est pas un ID d'abonnement",
		page: ARTICLE,
		section: SUBSCRIPTION_ERRORS,
		alsoRight: ['errors/subscription-id-invalid/'],
	},
	{
		kind: 'spelling',
		q: "l'abonnement fourni est destine aux fournisseurs de solutions cloud",
		page: ARTICLE,
		section: SUBSCRIPTION_ERRORS,
		alsoRight: ['errors/subscription-is-csp/'],
	},
	{ kind: 'spelling', q: 'Incompatibilite de domaine locataire', page: ARTICLE, section: 'domain-tenant-mismatch' },
	{
		kind: 'spelling',
		q: 'Cet abonnement a deja ete demande',
		page: ARTICLE,
		section: SUBSCRIPTION_ERRORS,
		alsoRight: ['errors/subscription-already-claimed/'],
	},
	{ kind: 'spelling', q: "erreurs d'abonnement", page: ARTICLE, section: SUBSCRIPTION_ERRORS },
	{ kind: 'status', q: 'En cours d’évaluation', page: MANAGE, section: STATUS_SECTION },
	{ kind: 'status', q: 'Action de partenaire requise', page: MANAGE, section: STATUS_SECTION },
	{ kind: 'words', q: 'contester le rejet dans les 30 jours', page: MANAGE, section: 'dispute-the-status-of-a-cpor-association-claim' },
	{ kind: 'words', q: 'Créer une association client', page: CREATE, section: 'create-a-customer-association' },
	{ kind: 'words', q: 'trouver le nom de domaine du client', page: FIND_DOMAIN },
	{ kind: 'words', q: 'cinq jours ouvrés', page: MANAGE, section: STATUS_SECTION, alsoRight: [ARTICLE] },
	{ kind: 'code', q: 'CUSTOMER_DOMAIN_REQUIRED', page: 'errors/customer-domain-required/' },
	{ kind: 'cross-language', q: "The identifier provided isn't a subscription ID", page: 'errors/subscription-id-invalid/' },
	{ kind: 'cross-language', q: 'ドメインとテナント ID が一致しません', page: 'errors/domain-tenant-mismatch/', lang: 'any' },
	// Held-out search test (December 2026): the tenant ID, which the article that tells where to find it calls the
	// Directory ID (`src/search/article-aliases.ts`).
	{ kind: 'reworded', q: "où trouver l'ID de locataire", page: FIND_DOMAIN, alsoRight: ['errors/tenant-id-required/'] },
	// Held-out search test (December 2026): the verb a reader asks with (revendiquer) for the articles' noun, and a
	// question's words that say nothing of the answer (`src/search/variants/fr.json`).
	{ kind: 'reworded', q: "pourquoi je ne peux pas revendiquer l'abonnement", page: ARTICLE, section: SUBSCRIPTION_ERRORS },
	// Held-out search test G (December 2026): the status En cours d’évaluation in a reader's words; the later name of the
	// activity in French.
	{
		kind: 'status',
		q: 'ma revendication est toujours en attente de vérification',
		page: MANAGE,
		section: STATUS_SECTION,
		alsoRight: ['claim-lifecycle/'],
	},
	{
		kind: 'renamed',
		q: 'quel rôle de partenaire choisir',
		page: ARTICLE,
		section: 'which-activity-do-i-choose',
		alsoRight: ['helpers/activity/'],
	},
	// A status name as the reader meets it (MCA#121's word for the status table's En cours d’évaluation): the status section first (`section-aliases.ts`).
	{ kind: 'status', q: 'En cours de révision', page: MANAGE, section: STATUS_SECTION },
	// A status the reader says is stuck: `toujours` says nothing of what is asked (`functionWords`).
	{ kind: 'status', q: 'toujours En cours d’évaluation', page: MANAGE, section: STATUS_SECTION, alsoRight: ['claim-lifecycle/'] },
	// Held-out search test I (December 2026): a code inside a sentence of the reader’s own words names its error page.
	{ kind: 'code', q: 'erreur SUBSCRIPTION_IS_CSP lors de la revendication', page: 'errors/subscription-is-csp/' },
	// Two letters swapped in a code typed from memory: the code's page (`correctTypos`).
	{ kind: 'code', q: 'code SUBSCRIPTION_NOT_ACITVE', page: 'errors/subscription-not-active/' },
	// Held-out search test J (December 2026): souscription for abonnement.
	{ kind: 'variant', q: 'souscription expiree', page: 'errors/subscription-not-active/' },
	// Held-out search test K (December 2026): a form of avoir (j'ai) weighs nothing; it matched the AI of the program's name.
	{ kind: 'pasted', q: "j'ai l'erreur Cela ne ressemble pas à une adresse de messagerie", page: 'errors/contact-email-invalid/' },
	// Fourth held-out probe (December 2026): aucun, like ne, says nothing of what is asked.
	{
		kind: 'renamed',
		q: "mon ID Microsoft AI Cloud Partner Program n'est inscrit à aucun programme d'incentives",
		page: 'errors/mpn-not-enrolled/',
	},
	// Fifth held-out probe (December 2026): a tool asked for by what it does (`toolWords`).
	{ kind: 'tool', q: 'simuler une revendication', page: 'claim-simulator/' },
	{ kind: 'tool', q: 'calculer le délai de réponse jours ouvrés', page: 'claim-lifecycle/' },
	// A list of the errors: the error reference, by its name in the variant data.
	{ kind: 'reworded', q: 'liste des erreurs', page: 'errors/' },
	// Ninth held-out probe (December 2026): a subscription not renewed is one not active (variant data).
	{
		kind: 'reworded',
		q: "le client n'a pas renouvelé son abonnement Dynamics, impossible de le revendiquer",
		page: 'errors/subscription-not-active/',
	},
	// Held-out probe 9 (December 2026): a value typed into the wrong field, the error page's example in the simulator.
	{ kind: 'situation', q: "j'ai mis l'ID de locataire à la place de l'ID d'abonnement", page: 'errors/subscription-id-invalid/' },
	// Held-out probe 10 (December 2026): an account of what happened names the error, not the article (`isNarrative`).
	{
		kind: 'account',
		q: "on me demande le nom de l'éditeur ISV et du revendeur Dynamics et je ne sais pas quoi mettre",
		page: 'errors/revenue-association-field-required/',
	},
	// Held-out probe 13 (December 2026): the field after « à la place de » (`fieldWords`), which the page's example names (le champ de l’ID de locataire).
	{ kind: 'situation', q: "j'ai mis le nom de domaine à la place de l'ID du locataire", page: 'errors/tenant-id-not-guid/' },
	// The field after « champ »; the claim simulator, which holds every word, is no answer (a tool not asked for).
	{ kind: 'situation', q: "j'ai saisi l'ID de locataire dans le champ ID d'abonnement", page: 'errors/subscription-id-invalid/' },
	// Held-out probe 13 (December 2026): pas sélectionnée (as data) is Sélectionnez, without accents.
	{ kind: 'account', q: 'zone de solution pas selectionnee', page: 'errors/solution-area-required/' },
	// Held-out probe 13 (December 2026): a letter left out; searched as the article's title writes it too (`correctTypos`).
	{ kind: 'spelling', q: 'nom de domane', page: 'find-customer-domain-name/' },
	// What a word of a message means (held-out probe 16's kind): the error page, which explains it.
	{ kind: 'reworded', q: 'que signifie période de grâce pour l’abonnement', page: 'errors/subscription-not-active/' },
	// A tool asked for by what the reader wants to do or decide (`toolPurposes`): that tool before the others, though the
	// lifecycle simulator's long page holds more of the words (held-out probes 8–16's kind, December 2026).
	{ kind: 'tool', q: 'outil pour tester une revendication avant de la soumettre', page: 'claim-simulator/' },
	{ kind: 'tool', q: 'outil pour savoir quel ID MPN choisir', page: 'helpers/mpn/' },
	// A tool asked for by what the reader wants decided, without naming a tool (`toolWords`: decide, 決め, 결정), or one
	// whose purpose holds the query though another tool's long page holds more of its words (held-out probe 17's kind).
	{ kind: 'tool', q: 'décider quelle activité choisir pour la revendication', page: 'helpers/activity/' },
	// What the portal says, reported (`on me dit que ça …`: `dit`, `ça` are function words; held-out probe 17).
	{ kind: 'account', q: 'j’ai saisi l’ID de locataire et on me dit que ça ne ressemble pas à un ID', page: 'errors/tenant-id-not-guid/' },
	// Held-out probe 18 (December 2026): a field said missing (manquant, `missingWords`) is its required page, not its invalid one.
	{ kind: 'reworded', q: "ID d'abonnement manquant", page: 'errors/subscription-id-required/' },
	// A message the reader reports among words of their own (`reportedMessage`; held-out probe 24).
	{
		kind: 'account',
		q: "j'ai saisi l'ID d'abonnement mais on me dit que le client n'a pas encore active les produits",
		page: 'errors/subscription-not-provisioned/',
	},
	// A tool asked for by three of its purposes, without a tool word (`namesTool`; held-out probes 22 and 23).
	{ kind: 'tool', q: "suivre les statuts et échéances d'une revendication en jours ouvrés", page: 'claim-lifecycle/' },
	// Words readers search an error by that its page does not write (`errors.<CODE>.searchWords`).
	{ kind: 'words', q: 'ID de locataire invalide', page: 'errors/tenant-id-not-guid/' },
	// A field said empty names its required page (`namesEmptyField`; held-out probes 26 and 27).
	{ kind: 'spelling', q: 'preuve d execution manquante', page: 'errors/proof-of-execution-required/' },
	// `association` alone is no purpose of the activity helper (`association du chiffre d’affaires`; held-out probe 27).
	{ kind: 'words', q: 'quelles informations faut-il pour créer une association client', page: 'submit-osa-claim/' },
	// The portal asks for a field (`me demande`, a missing word): the field's required error, not its format's.
	{ kind: 'account', q: "il me demande l'ID de locataire", page: 'errors/tenant-id-required/' },
];

/** Queries the site has no good answer to: the dialog must say so (`confidence` not `strong`). */
export const offTopic: OffTopicQuery[] = [{ q: 'réinitialiser mon mot de passe' }, { q: 'météo de demain' }];

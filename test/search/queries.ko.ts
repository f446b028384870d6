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
 * Korean. The portal's messages are pasted as the Korean CAI article quotes them: the article's subscription-error
 * section holds them (the Korean error pages show them too once their catalog is translated: `alsoRight`). Pagefind does
 * not segment Korean, so `particle` queries attach particles to the article's words (`구독이`, `테넌트와`, `도메인을`).
 */
export const queries: RecallQuery[] = [
	{ kind: 'heading', q: '도메인-테넌트 불일치', page: ARTICLE, section: 'domain-tenant-mismatch' },
	{ kind: 'heading', q: '어떤 MPN를 선택 하나요', page: ARTICLE, section: 'which-mpn-do-i-choose' },
	{ kind: 'heading', q: '어떤 작업을 선택해야 하나요', page: ARTICLE, section: 'which-activity-do-i-choose' },
	{ kind: 'heading', q: '제품 선택 및 구독 입력', page: ARTICLE, section: 'choosing-a-product-vs-entering-a-subscription' },
	{ kind: 'heading', q: '구독을 클레임에 사용할 수 있는 경우', page: ARTICLE, section: 'when-subscriptions-will-be-available-to-claim' },
	{ kind: 'no-spaces', q: '경쟁하는 클레임', page: ARTICLE, section: 'competing-claims' },
	{
		kind: 'pasted',
		q: '선택한 제품이 고객의 테넌트에 없음',
		page: ARTICLE,
		section: SUBSCRIPTION_ERRORS,
		alsoRight: ['errors/subscription-product-not-on-tenant/'],
	},
	{ kind: 'pasted', q: '제공된 구독이 CSP용임', page: ARTICLE, section: SUBSCRIPTION_ERRORS, alsoRight: ['errors/subscription-is-csp/'] },
	{
		kind: 'pasted',
		q: '구독이 이미 클레임됨',
		page: ARTICLE,
		section: SUBSCRIPTION_ERRORS,
		alsoRight: ['errors/subscription-already-claimed/'],
	},
	{
		kind: 'pasted',
		q: '제공 된 식별자가 구독 ID가 아닙니다.',
		page: ARTICLE,
		section: SUBSCRIPTION_ERRORS,
		alsoRight: ['errors/subscription-id-invalid/'],
	},
	{
		kind: 'particle',
		q: '테넌트와 도메인이 일치하지 않습니다',
		page: ARTICLE,
		section: 'domain-tenant-mismatch',
		alsoRight: ['errors/domain-tenant-mismatch/'],
	},
	{
		kind: 'particle',
		q: '구독이 아직 프로비전되지 않았습니다',
		page: ARTICLE,
		section: 'when-subscriptions-will-be-available-to-claim',
		alsoRight: ['errors/subscription-not-provisioned/'],
	},
	{ kind: 'particle', q: '고객이 동의를 거부하면', page: MANAGE },
	{ kind: 'particle', q: '고객의 도메인을 찾는 방법', page: FIND_DOMAIN },
	{ kind: 'particle', q: '클레임이 거부된 이유는', page: MANAGE, section: 'reasons-a-cpor-association-claim-is-rejected' },
	{
		kind: 'particle',
		q: '구독이 활성 상태인지',
		page: ARTICLE,
		section: SUBSCRIPTION_ERRORS,
		alsoRight: ['errors/subscription-not-active/'],
	},
	{ kind: 'status', q: '검토 중', page: MANAGE, section: STATUS_SECTION },
	{ kind: 'status', q: '파트너 작업 필요', page: MANAGE, section: STATUS_SECTION },
	{ kind: 'words', q: 'PoE 검토자와 통신', page: MANAGE, section: 'how-to-communicate-with-poe-reviewers' },
	{ kind: 'words', q: '고객 연결 만들기', page: CREATE, section: 'create-a-customer-association' },
	{ kind: 'words', q: '디렉터리 ID 찾기', page: FIND_DOMAIN },
	{ kind: 'code', q: 'SUBSCRIPTION_NOT_ACTIVE', page: 'errors/subscription-not-active/' },
	{ kind: 'width', q: 'ＳＵＢＳＣＲＩＰＴＩＯＮ＿ＩＳ＿ＣＳＰ', page: 'errors/subscription-is-csp/' },
	{ kind: 'width', q: '테넌트 ＩＤ를 입력', page: 'errors/tenant-id-required/', alsoRight: [ARTICLE] },
	{ kind: 'cross-language', q: "The subscription provided isn't for Dynamics", page: 'errors/subscription-not-dynamics/' },
	{ kind: 'cross-language', q: '指定されたサブスクリプションが CSP を対象としている', page: 'errors/subscription-is-csp/', lang: 'any' },
	// Held-out search test (December 2026): a question whose own words are on error pages; the article lists the
	// subscription errors.
	{ kind: 'reworded', q: '구독을 클레임할 수 없는 이유', page: ARTICLE },
	// Held-out search test (December 2026): a question's own words (무슨, 뜻인가요) are no words of the answer
	// (`functionWords` in `src/search/variants/ko.json`).
	{ kind: 'status', q: '파트너 조치 필요는 무슨 뜻인가요', page: MANAGE, section: STATUS_SECTION },
	// Held-out search test (December 2026): where to find the tenant ID, asked with another verb than the title's and
	// a question word; the article on finding it calls it the Directory ID (`article-aliases.ts`, `variants/<lang>.json`).
	{ kind: 'reworded', q: '고객 테넌트 ID는 어디서 확인하나요', page: FIND_DOMAIN, alsoRight: ['errors/tenant-id-required/'] },
	// Held-out search test B (December 2026): the same request in another politeness level (`variants/ko.json`).
	{ kind: 'reworded', q: '구독 ID를 입력하십시오', page: 'errors/subscription-id-required/' },
	// Held-out search test E (December 2026): ID spelled in Hangul; today's name of the activity.
	{ kind: 'variant', q: '테넌트 아이디 어디서 찾나요', page: FIND_DOMAIN, alsoRight: ['errors/tenant-id-required/'] },
	{ kind: 'renamed', q: '파트너 역할 선택', page: ARTICLE, section: 'which-activity-do-i-choose', alsoRight: ['helpers/activity/'] },
	// Held-out search test G (December 2026): the loanword for the article's 기록 (history).
	{ kind: 'variant', q: '클레임 히스토리', page: MANAGE, section: 'view-claim-history' },
	// A status name as the reader meets it (the glossary's other word for 검토 중 (Under review)): the status section first (`section-aliases.ts`).
	{ kind: 'status', q: '심사 중', page: MANAGE, section: STATUS_SECTION },
	// A status the reader says is stuck: 계속, 여전히 say nothing of what is asked (`functionWords`).
	{ kind: 'status', q: '상태가 계속 검토 중', page: MANAGE, section: STATUS_SECTION, alsoRight: ['claim-lifecycle/'] },
	// Held-out search test I (December 2026): a question’s verb ending (거절됐나요) is the noun’s.
	{ kind: 'particle', q: '왜 클레임이 거절됐나요', page: MANAGE, section: 'reasons-a-cpor-association-claim-is-rejected' },
	// Held-out search test I (December 2026): the later name in the reader’s language.
	{ kind: 'renamed', q: 'AI Cloud Partner Program ID가 인센티브에 등록되지 않음', page: 'errors/mpn-not-enrolled/' },
	// Held-out search test I (December 2026): the verb of checking is no topic; error pages say it of their checks.
	{ kind: 'renamed', q: 'Microsoft Entra ID에서 디렉터리 ID 확인', page: FIND_DOMAIN },
	// Held-out search test I (December 2026): a number and its counter (7일) tell the 7-day opt-out from the 5 business days.
	{ kind: 'words', q: '고객 옵트아웃 7일', page: MANAGE, alsoRight: ['claim-lifecycle/'] },
	// Held-out search test J (December 2026): a product's number is no count.
	{
		kind: 'words',
		q: 'Dynamics 365 구독 ID 입력',
		page: 'errors/subscription-id-required/',
		alsoRight: ['errors/subscription-not-dynamics/'],
	},
	// Held-out search test J (December 2026): a particle written onto a Latin word (ID에서) is no word of the query.
	{ kind: 'particle', q: 'Entra ID에서 도메인 이름 확인', page: FIND_DOMAIN, alsoRight: ['errors/customer-domain-required/'] },
	// Fourth held-out probe (December 2026): 어느 asks which; -하죠 and 인데 are endings.
	// The MPN helper is titled with that section's question and answers it for the reader's case (`choiceWords`).
	{
		kind: 'particle',
		q: 'MPN이 여러 개인데 어느 걸로 클레임하죠',
		page: ARTICLE,
		section: 'which-mpn-do-i-choose',
		alsoRight: ['helpers/mpn/'],
	},
	// Fifth held-out probe (December 2026): a tool asked for by what it does (`toolWords`); 거절 and 이의 제기 for 거부 and 분쟁.
	{ kind: 'tool', q: '클레임 시뮬레이션', page: 'claim-simulator/' },
	{ kind: 'tool', q: '클레임 기한 계산기', page: 'claim-lifecycle/' },
	{ kind: 'reworded', q: '클레임 거절됐을 때 이의 제기 방법', page: MANAGE, section: 'to-dispute-a-rejected-claim' },
	// A list of the errors: the error reference, by its name in the variant data.
	{ kind: 'reworded', q: '클레임 오류 목록', page: 'errors/' },
	// Seventh held-out probe (December 2026): to test a claim asks for the claim simulator.
	{ kind: 'tool', q: '클레임 단계별로 어떤 검사에서 실패하는지 미리 테스트', page: 'claim-simulator/' },
	// Eighth held-out probe (December 2026): 고르다 (pick) for 선택하다, the error pages' word (variant data).
	{ kind: 'variant', q: '솔루션 영역을 안 골랐어요', page: 'errors/solution-area-required/' },
	// Ninth held-out probe (December 2026): PoE, the portal's abbreviation, for 실행 증명.
	{ kind: 'variant', q: 'PoE 없음', page: 'errors/proof-of-execution-required/' },
	// Held-out probes 10 and 12 (December 2026): a wrong value or choice, the error page's example in the simulator.
	{ kind: 'situation', q: '고객 테넌트 ID 칸에 도메인 주소를 넣었더니 형식이 잘못됐다고 나와요', page: 'errors/tenant-id-not-guid/' },
	{ kind: 'situation', q: 'Microsoft 365 E3를 Business Applications 클레임에 넣었어요', page: 'errors/product-not-in-solution-area/' },
	// Eighth held-out probe (December 2026): a status named among a question's words counts as the status section's heading.
	{ kind: 'status', q: '파트너 조치 필요 상태면 며칠 안에 답변해야 하나요', page: MANAGE },
	// Nineteenth held-out probe (December 2026): 며칠 (how many days) asks a question (`questionWords`): the article that states the days.
	{ kind: 'words', q: '클레임 검토는 며칠 걸리나요', page: MANAGE, alsoRight: ['claim-lifecycle/'] },
	// Thirteenth held-out probe (December 2026): the product's name in Hangul (variant data: 다이나믹스 → Dynamics).
	{
		kind: 'variant',
		q: '다이나믹스 Sales 구독이 여러 개라서 구독 ID를 넣으라고 하는데 어떤 걸 넣어야 하나요',
		page: 'errors/subscription-id-required/',
	},
	// The field before 칸 (`fieldWords`), not the value typed into it.
	{ kind: 'situation', q: '구독 ID 칸에 테넌트 ID를 넣었어요', page: 'errors/subscription-id-invalid/' },
	// The field before 대신; its page's example names it so (테넌트 ID 필드에 입력한 도메인).
	{ kind: 'situation', q: '테넌트 ID 대신 도메인을 입력했어요', page: 'errors/tenant-id-not-guid/' },
	// 선택 안 하고 (as data): the page asks to choose (솔루션 영역을 선택하세요).
	{ kind: 'account', q: '솔루션 영역 선택 안 하고 다음 눌렀어요', page: 'errors/solution-area-required/' },
	// An error code with a letter left out (held-out probe 16): the code's page, as for the code typed right (`correctTypos`).
	{ kind: 'code', q: 'MPN_NOT_ENROLED 오류', page: 'errors/mpn-not-enrolled/' },
	// Why a message appears (held-out probe 16): the error page, which says why it happens (왜 asks no steps).
	{ kind: 'reworded', q: '왜 이메일 주소가 잘못됐다고 나오나요', page: 'errors/contact-email-invalid/' },
	// A tool asked for by what the reader wants to do or decide (`toolPurposes`): that tool before the others, though the
	// lifecycle simulator's long page holds more of the words (held-out probes 8–16's kind, December 2026).
	{ kind: 'tool', q: '어떤 MPN으로 클레임해야 하는지 알려주는 도구', page: 'helpers/mpn/' },
	{ kind: 'tool', q: '클레임 제출 전에 어떤 검사에서 걸리는지 미리 테스트하는 도구', page: 'claim-simulator/' },
	// A tool asked for by what the reader wants decided, without naming a tool (`toolWords`: decide, 決め, 결정), or one
	// whose purpose holds the query though another tool's long page holds more of its words (held-out probe 17's kind).
	{ kind: 'tool', q: '사전 판매와 사용 중 무엇을 골라야 할지 결정하기', page: 'helpers/activity/' },
	// A clause of an account glued to its noun (`만료됐는데`: `koreanWord`), and expiry searched as the title's two words
	// (활성 또는 유예; held-out probe 17).
	{ kind: 'account', q: '구독이 만료됐는데 클레임할 수 있나요', page: 'errors/subscription-not-active/' },
	{ kind: 'account', q: '승인됐는데 인센티브가 안 들어와요', page: 'incentives-manage-customer-associations/' },
	// Held-out probe 20 (December 2026): 골라야 (must pick) asks for a decision (`toolWords`): the MPN helper; 상태별 and
	// 마감일 begin with the lifecycle simulator's purpose words (상태, 마감): that tool, not the claim simulator.
	{ kind: 'tool', q: '우리 회사 MPN이 여러 개인데 어떤 걸 골라야 하나요', page: 'helpers/mpn/', alsoRight: [ARTICLE] },
	{ kind: 'tool', q: '제출한 클레임의 상태별 마감일 계산', page: 'claim-lifecycle/' },
	{ kind: 'tool', q: '제출하기 전에 클레임을 미리 검사해 볼 수 있나요', page: 'claim-simulator/' },
	// Words readers search an error by that its page does not write (`errors.<CODE>.searchWords`).
	{ kind: 'words', q: '테넌트 ID 유효하지 않음', page: 'errors/tenant-id-not-guid/' },
	// A Latin word against a Korean particle is still that word (`MPN을` in the MPN helper's title holds `MPN`), and a
	// loanword's everyday spelling finds its standard one (`디렉토리`: the pages write `디렉터리`; held-out probes 27, 29).
	{ kind: 'tool', q: 'MPN 선택 도우미', page: 'helpers/mpn/' },
	{ kind: 'variant', q: '디렉토리 ID 찾는 법', page: FIND_DOMAIN },
	// A reported message with a word of picking (`고르니까`, since I picked) asks about the error, not for the activity
	// helper (held-out probe 27).
	{
		kind: 'account',
		q: 'Microsoft 365 선택하고 사전 판매 활동 고르니까 선택할 수 없다고 함',
		page: 'errors/activity-not-for-solution-area/',
	},
	// Words typed without the spaces the pages write (`splitCompounds`; held-out probe 32).
	{ kind: 'words', q: '테넌트ID도메인불일치', page: 'errors/domain-tenant-mismatch/' },
	// A verb's question or polite form as the stem the pages' forms begin with (`만드나요`, `만들어요` → `만들`, of `만들기`;
	// a held-out query).
	{ kind: 'reworded', q: 'CPOR 클레임은 어떻게 만드나요', page: CREATE, section: 'create-a-customer-association' },
	{ kind: 'reworded', q: '고객 연결은 어떻게 만들어요', page: CREATE, section: 'create-a-customer-association' },
	// A verb's attributive before 방법 (how to make) as its stem (`koreanQuery`; held-out probe 29).
	{ kind: 'reworded', q: 'CPOR 클레임 만드는 방법', page: CREATE, section: 'create-a-customer-association' },
	// The portal asks for a field (`입력하라고`, a missing word): the field's required error, not its format's.
	{ kind: 'account', q: '테넌트 ID를 입력하라고 나와요', page: 'errors/tenant-id-required/' },
	// A choice left unmade (`선택하지 않`, a missing word): the product's required error, not the solution area's.
	{ kind: 'account', q: '제품을 선택하지 않았더니 오류가 나요', page: 'errors/product-required/' },
	// A recalled message (the required tenant ID's example `테넌트 ID 없음`) does not outrank the format error's page, which
	// holds more of the query (`형식`, in its aliases): `unrecall` (held-out probe 37).
	{ kind: 'variant', q: '테넌트아이디 형식이 아님', page: 'errors/tenant-id-not-guid/' },
	// `며칠` (how many days) asks when (`timeWords`): the article that gives the reply deadline (held-out probe 37).
	{ kind: 'account', q: '검토자가 추가 정보 요청했는데 며칠 안에 답해야 하나요', page: 'incentives-manage-customer-associations/' },
	// `비워두고` (left it blank) says a field is missing (`missingWords`): the domain's required page, not the mismatch's
	// (held-out probe 39).
	{ kind: 'account', q: '고객사 도메인 칸 비워두고 다음 누르니까 안 넘어가요', page: 'errors/customer-domain-required/' },
];

/** Queries the site has no good answer to: the dialog must say so (`confidence` not `strong`). */
export const offTopic: OffTopicQuery[] = [
	{ q: '비밀번호를 재설정하고 싶어요' },
	{ q: '내일 날씨 예보' },
	// 아이디어 (idea) begins with 아이디, which the variant data reads as ID (`variants/ko.json` keeps the word as typed).
	{ q: '좋은 아이디어가 있나요' },
];

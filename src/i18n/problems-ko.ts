import { param as v, type ProblemTexts } from './problem-texts.js';

const q = (text: string) => `“${text}”`;
const didYouMean = (s: string) => `${q(s)}을(를) 뜻했나요? 그렇게 적어 주세요.`;

export const texts: ProblemTexts = {
  rowsNotShown: (dropped, total) => `${total}개 행 중 ${dropped}개 표시되지 않음`,
  linksNotShown: (dropped, total) => `관계 ${total}개 중 ${dropped}개 표시되지 않음`,
  valuesToCheck: (count) => `모든 행 표시됨; 확인할 값 ${count}개`,
  heading: '데이터 문제',
  leftOut: '제외됨',
  toCheck: '확인',
  row: (row) => `${row}행`,
  rowColumn: (row, column) => `${row}행, ${q(column)} 열`,
  link: (link, field) => (field ? `관계 ${link}, ${q(field)}` : `관계 ${link}`),
  wholeFile: '파일 전체',
  quote: q,
  whatToDo: '할 일:',
  more: (count) => `외 ${count}건 (전체 목록은 coop-load 이벤트와 명령줄에 있음)`,
  fileKinds: {
    xlsx: 'Excel 통합 문서(.xlsx)',
    ods: 'OpenDocument 스프레드시트(.ods)',
    xls: '예전 Excel 통합 문서(.xls)',
    zip: 'zip 압축 파일',
    pdf: 'PDF 문서',
    image: '이미지',
    binary: '텍스트가 아닌 파일',
  },
  what: {
    unreadable: () => '파일을 읽을 수 없습니다.',
    'too-large': () => '파일이 너무 커서 표시할 수 없습니다.',
    encoding: () => '일부 글자가 UTF-8로 저장되지 않아 “�”로 보입니다.',
    'csv-syntax': () => '이 행에서 따옴표 위치가 잘못되었습니다.',
    'column-mapping': () => '지도에 지정한 열 이름이 파일과 맞지 않습니다.',
    'column-ignored': () => '이 열은 사용되지 않습니다.',
    'extra-cells': () => '이 행의 칸이 첫 행의 열 이름보다 많습니다. 남는 칸은 사용되지 않습니다.',
    'missing-field': (p) => (v(p, 'field') ? `${q(v(p, 'field'))} 값이 비어 있습니다.` : '필요한 값이 비어 있습니다.'),
    'wrong-type': () => '값의 종류가 맞지 않아 사용되지 않았습니다.',
    'unknown-place': (p) => `장소 ${q(v(p, 'value'))}을(를) 알 수 없어 이 행은 표시되지 않습니다.`,
    'unknown-sector': (p) => `분야 ${q(v(p, 'value'))}은(는) 목록에 없어 별도 분야로 표시됩니다.`,
    'unknown-status': (p) => `상태 ${q(v(p, 'value'))}을(를) 알 수 없어 ${q(v(p, 'read'))}(으)로 표시됩니다.`,
    'not-a-number': (p) => `${q(v(p, 'value'))}은(는) 숫자가 아니어서 사용되지 않았습니다.`,
    'number-as-text': (p) => `숫자 ${q(v(p, 'value'))}이(가) 텍스트로 적혀 있어 숫자로 읽었습니다.`,
    'not-a-year': (p) => `${q(v(p, 'value'))}은(는) 연도가 아니어서 사용되지 않았습니다.`,
    'years-reversed': (p) => `시작 연도 ${v(p, 'since')}이(가) 종료 연도 ${v(p, 'until')}보다 늦습니다.`,
    'out-of-range': () => '숫자가 허용 범위를 벗어나 사용되지 않았습니다.',
    'bad-color': () => '색이 아니어서 다른 색을 골랐습니다.',
    'unsafe-url': () => '웹 주소(http 또는 https)가 아니어서 링크로 표시되지 않습니다.',
    'duplicate-id': (p) =>
      `ID ${q(v(p, 'value'))}이(가) 두 번 쓰였습니다. 이 관계는 ${q(v(p, 'read'))}(으)로 유지됩니다.`,
    'duplicate-place': () => '이 장소가 두 번 나옵니다. 첫 번째를 사용합니다.',
    'self-link': (p) => `관계가 ${q(v(p, 'value'))}에서 같은 장소로 이어집니다.`,
    merged: (p) => `${v(p, 'first')}과(와) 같은 상대입니다. 두 행을 하나의 관계로 표시합니다.`,
    'same-name-other-place': () => '같은 이름의 두 장소가 멀리 떨어져 있어 두 장소로 표시합니다.',
    'place-moved': () => '같은 장소에 다른 좌표가 있습니다. 처음 좌표를 사용합니다.',
    'region-file': () => '지역 경계 파일에 문제가 있습니다.',
    'read-as': (p) => `${q(v(p, 'value'))}을(를) ${q(v(p, 'read'))}(으)로 읽었습니다.`,
    'column-near': (p) => `${q(v(p, 'value'))} 열은 지도가 모르는 열입니다. 값은 보관되지만 표시되지 않습니다.`,
    'not-text': (p) => `이 파일은 ${texts.fileKinds[v(p, 'read') as 'binary'] ?? texts.fileKinds.binary}입니다.`,
    // JSON 관계의 알 수 없는 필드.
    'unknown-field': (p) => `${q(v(p, 'value'))} 필드는 지도가 모르는 필드입니다. 값은 보관되지만 표시되지 않습니다.`,
    // Excel workbooks
    'no-sheet': (p) => `통합 문서에 ${q(v(p, 'value'))} 시트가 없습니다. 있는 시트: ${v(p, 'read')}.`,
  },
  todo: {
    unreadable: () => 'CSV(UTF-8)나 JSON으로 저장한 뒤 다시 여세요.',
    'too-large': () => '더 작은 파일로 나누거나 페이지 작성자에게 한도를 높여 달라고 하세요.',
    encoding: () => 'Excel에서 파일 → 다른 이름으로 저장 → “CSV UTF-8”을 고르세요.',
    'csv-syntax': () => '따옴표가 든 값은 따옴표로 감싸고, 안의 따옴표는 두 번 쓰세요.',
    'column-mapping': () => '페이지의 “columns” 설정에 있는 열 이름을 확인하세요.',
    'column-ignored': () => '첫 행에 열 이름을 주거나 열을 지우세요.',
    'extra-cells': () => '구분 기호(; 또는 ,)가 든 값은 따옴표로 감싸세요.',
    'missing-field': () => '값을 채우세요. 각 행에는 출발지와 도착지가 필요합니다.',
    'wrong-type': () => '여기에 적힌 내용을 확인하세요.',
    'unknown-place': (p) =>
      v(p, 'suggestion')
        ? didYouMean(v(p, 'suggestion'))
        : '코드(예: RU-IRK, KR-47, KZ)나 지도에 있는 이름을 쓰거나, 경도와 위도를 적으세요.',
    'unknown-sector': (p) => (v(p, 'suggestion') ? didYouMean(v(p, 'suggestion')) : '오타라면 고치세요.'),
    'unknown-status': (p) =>
      v(p, 'suggestion') ? didYouMean(v(p, 'suggestion')) : '“진행 중”, “계획”, “중단” 또는 “종료”를 쓰세요.',
    'not-a-number': () => '12나 3.5 같은 숫자를 쓰세요.',
    'number-as-text': () => '숫자가 맞다면 할 일은 없습니다.',
    'not-a-year': () => '2012처럼 네 자리 연도를 쓰세요.',
    'years-reversed': () => '두 연도를 바꾸거나 하나를 고치세요.',
    'out-of-range': () => '경도는 −180~180, 위도는 −90~90, 가중치는 0 이상입니다.',
    'bad-color': () => '#7a5195 같은 색을 쓰세요.',
    'unsafe-url': () => 'https://로 시작하는 주소를 쓰세요.',
    'duplicate-id': () => '행마다 다른 ID를 주세요.',
    'duplicate-place': () => '둘 중 하나를 지우세요.',
    'self-link': () => '이 행의 출발지와 도착지를 확인하세요.',
    merged: () => '서로 다른 관계가 아니라면 할 일은 없습니다. 다르다면 유형을 다르게 주세요.',
    'same-name-other-place': () => '한 장소라면 좌표를 확인하세요.',
    'place-moved': () => '좌표를 확인하세요.',
    'region-file': () => '페이지가 주는 지역 경계 파일을 확인하세요.',
    'read-as': (p) => `맞는지 확인하세요. ${q(v(p, 'read'))}(이)라고 쓰면 이 안내가 사라집니다.`,
    'column-near': (p) =>
      v(p, 'suggestion') ? `${q(v(p, 'suggestion'))}을(를) 뜻했나요? 열 이름을 바꾸세요.` : '열 이름을 바꾸세요.',
    'not-text': () => '스프레드시트에서 파일 → 다른 이름으로 저장 → “CSV UTF-8”을 고르고 그 파일을 여세요.',
    // JSON 관계의 알 수 없는 필드.
    'unknown-field': (p) =>
      v(p, 'suggestion')
        ? didYouMean(v(p, 'suggestion'))
        : `직접 만든 필드라면 관계의 ${q('properties')} 안에 넣으세요.`,
    // Excel workbooks
    'no-sheet': () => '페이지의 “sheet” 설정에 이 시트 가운데 하나의 이름을 쓰거나, 설정을 지워 첫 시트를 쓰세요.',
  },
};

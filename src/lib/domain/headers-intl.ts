// Header names in the other languages clients' exports arrive in (German, French, Spanish, Portuguese, Italian,
// Dutch, Japanese, Korean), for the roles an import cannot do without. Chinese and English live in headers.ts.
// Names are matched after the same folding (case, width, spaces, punctuation); accents are kept as written
// and also listed without them, since many ERPs strip them.
import type { ColumnRole } from './columns';

export const INTL_EXACT: readonly (readonly [ColumnRole, readonly string[]])[] = [
	['customerId', ['kunde', 'kundennr', 'kundennummer', 'kundenid', 'kundennumber', 'debitor', 'debitornr',
		'debitorennummer', 'client', 'idclient', 'codeclient', 'numéroclient', 'numeroclient', 'noclient', 'nclient',
		'cliente', 'idcliente', 'codcliente', 'códigocliente', 'codigocliente', 'numerocliente', 'númerocliente',
		'nºcliente', 'ncliente', 'klant', 'klantnummer', 'klantnr', 'klantid', '顧客', '顧客id', '顧客番号',
		'顧客コード', '会員番号', '会員id', '고객', '고객id', '고객번호', '회원번호', '회원id']],
	['customerName', ['kundenname', 'nomclient', 'nomduclient', 'raisonsociale', 'nombrecliente', 'nombredelcliente',
		'nomecliente', 'nomedocliente', 'klantnaam', '顧客名', '氏名', '会員名', '고객명', '회원명', '이름']],
	['orderDate', ['datum', 'bestelldatum', 'rechnungsdatum', 'belegdatum', 'buchungsdatum', 'auftragsdatum',
		'kaufdatum', 'date', 'datecommande', 'datedecommande', 'datefacture', 'datedachat', 'fecha', 'fechapedido',
		'fechadepedido', 'fechafactura', 'fechacompra', 'fechadecompra', 'fechaventa', 'datapedido', 'datadopedido',
		'datacompra', 'datadacompra', 'datavenda', 'dataordine', 'dataacquisto', 'orderdatum', 'factuurdatum',
		'注文日', '注文日時', '購入日', '購入日時', '受注日', '売上日', '日付', '주문일', '주문일자', '주문일시',
		'구매일', '구매일자', '결제일', '날짜']],
	['amount', ['betrag', 'umsatz', 'gesamtbetrag', 'nettobetrag', 'bruttobetrag', 'rechnungsbetrag', 'summe',
		'montant', 'montantttc', 'montantht', 'montanttotal', 'chiffredaffaires', 'importe', 'importetotal', 'monto',
		'montototal', 'venta', 'ventas', 'valor', 'valortotal', 'valordavenda', 'importo', 'totale', 'bedrag',
		'omzet', '金額', '売上', '売上金額', '合計金額', '購入金額', '注文金額', '税込金額', '금액', '매출', '매출액',
		'결제금액', '주문금액', '구매금액']],
	['quantity', ['menge', 'anzahl', 'stückzahl', 'stuckzahl', 'quantité', 'quantite', 'qté', 'qte', 'cantidad',
		'quantidade', 'quantità', 'quantita', 'aantal', '個数', '購入数', '수량']],
	['unitPrice', ['preis', 'einzelpreis', 'stückpreis', 'stuckpreis', 'prix', 'prixunitaire', 'precio',
		'preciounitario', 'preço', 'preco', 'preçounitário', 'precounitario', 'prezzo', 'prezzounitario', 'prijs',
		'単価', '販売単価', '단가', '판매가']],
	['orderId', ['bestellnummer', 'bestellnr', 'rechnungsnummer', 'rechnungsnr', 'belegnummer', 'belegnr',
		'auftragsnummer', 'numérocommande', 'numerocommande', 'numérofacture', 'numerofacture', 'nocommande',
		'numeropedido', 'númeropedido', 'pedido', 'nºpedido', 'factura', 'numerofactura', 'númerofactura',
		'numeroordine', 'ordernummer', 'factuurnummer', '注文番号', '注文id', '受注番号', '伝票番号', '주문번호',
		'주문id']]
]; // prettier-ignore

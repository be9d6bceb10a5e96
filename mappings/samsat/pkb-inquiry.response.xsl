<?xml version="1.0" encoding="UTF-8"?>
<!--
  Samsat InquiryPKBResponse (or a SOAP fault) -> outcome + canonical vehicle tax
  (mappings/canonical/vehicle-tax.schema.json). kodeRespon: 00 found, 14 unknown plate (NOT_FOUND),
  43 chassis number does not match and 46 vehicle blocked (REJECTED), anything else AGENCY_ERROR.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pkb="urn:bapenda-banten:samsat:pkb:1"
    xmlns:samsat="urn:mpp-hub:mappings:samsat"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    exclude-result-prefixes="#all">
  <xsl:include href="samsat-common.xsl"/>
  <xsl:output method="json" indent="no"/>

  <xsl:template match="/pkb:InquiryPKBResponse">
    <xsl:variable name="code" select="normalize-space(pkb:kodeRespon)"/>
    <xsl:sequence select="
        if ($code = '00' and pkb:kendaraan) then map{'outcome': 'OK', 'result': samsat:vehicle-tax(pkb:kendaraan)}
        else if ($code = '14') then map{'outcome': 'NOT_FOUND', 'reason': samsat:reason(.)}
        else if ($code = ('43', '46')) then map{'outcome': 'REJECTED', 'reason': samsat:reason(.)}
        else map{'outcome': 'AGENCY_ERROR', 'reason': samsat:reason(.)}"/>
  </xsl:template>

  <xsl:function name="samsat:vehicle-tax" as="map(*)">
    <xsl:param name="k" as="element(pkb:kendaraan)"/>
    <xsl:variable name="r" select="$k/pkb:rincian"/>
    <xsl:variable name="paid" select="$k/pkb:statusPkb = 'LUNAS'"/>
    <xsl:sequence select="map:merge((
        map{
          'plateNumber': string($k/pkb:nomorPolisi),
          'vehicle': map{
            'brand': string($k/pkb:merk),
            'model': string($k/pkb:tipe),
            'type': string($k/pkb:jenisKendaraan),
            'year': xs:integer($k/pkb:tahunPembuatan),
            'colour': string($k/pkb:warna),
            'chassisNumberSuffix': string($k/pkb:nomorRangka5)
          },
          'ownerName': string($k/pkb:namaPemilik),
          'status': if ($paid) then 'PAID' else 'UNPAID',
          'billingCode': string($k/pkb:kodeBayar),
          'pkbDueDate': string($k/pkb:tanggalJatuhTempoPkb),
          'stnkDueDate': string($k/pkb:tanggalJatuhTempoStnk),
          'components': map{
            'pkb': xs:integer($r/pkb:pkbPokok),
            'opsenPkb': xs:integer($r/pkb:opsenPkbPokok),
            'pkbPenalty': xs:integer($r/pkb:pkbDenda),
            'opsenPkbPenalty': xs:integer($r/pkb:opsenPkbDenda),
            'swdkllj': xs:integer($r/pkb:swdklljPokok),
            'swdklljPenalty': xs:integer($r/pkb:swdklljDenda),
            'pnbpStnk': xs:integer($r/pkb:pnbpStnk),
            'pnbpTnkb': xs:integer($r/pkb:pnbpTnkb)
          },
          'totalAmount': xs:integer($r/pkb:total),
          'currency': 'IDR'
        },
        $k/pkb:ntpd ! map{'paymentReference': string(.)}
      ))"/>
  </xsl:function>
</xsl:stylesheet>

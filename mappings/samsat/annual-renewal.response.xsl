<?xml version="1.0" encoding="UTF-8"?>
<!--
  Samsat PengesahanSTNKResponse (or a SOAP fault) -> outcome + canonical application result
  (mappings/canonical/application-result.schema.json). kodeRespon 00 endorsed; 14 unknown plate
  (NOT_FOUND); 41 NTPD does not match, 42 PKB unpaid, 43 chassis number, 44 applicant is not the
  owner, 45 five-yearly STNK replacement due, 46 blocked: REJECTED with the host's words, never
  retried. Anything else is AGENCY_ERROR and the delivery is retried.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:pkb="urn:bapenda-banten:samsat:pkb:1"
    xmlns:samsat="urn:mpp-hub:mappings:samsat"
    exclude-result-prefixes="#all">
  <xsl:include href="samsat-common.xsl"/>
  <xsl:output method="json" indent="no"/>

  <xsl:template match="/pkb:PengesahanSTNKResponse">
    <xsl:variable name="code" select="normalize-space(pkb:kodeRespon)"/>
    <xsl:variable name="p" select="pkb:pengesahan"/>
    <xsl:sequence select="
        if ($code = '00' and $p) then map{
          'outcome': 'OK',
          'agencyReference': string($p/pkb:nomorPengesahan),
          'result': map{
            'documentType': 'PENGESAHAN_STNK',
            'documentNumber': string($p/pkb:nomorPengesahan),
            'registrationNumber': string($p/pkb:nomorSkkp),
            'issuedOn': string($p/pkb:tanggalPengesahan),
            'validUntil': string($p/pkb:berlakuSampai),
            'message': 'STNK disahkan sampai ' || string($p/pkb:berlakuSampai) || '; SKKP ' || string($p/pkb:nomorSkkp)
          }}
        else if ($code = '14') then map{'outcome': 'NOT_FOUND', 'reason': samsat:reason(.)}
        else if ($code = ('41', '42', '43', '44', '45', '46')) then map{'outcome': 'REJECTED', 'reason': samsat:reason(.)}
        else map{'outcome': 'AGENCY_ERROR', 'reason': samsat:reason(.)}"/>
  </xsl:template>
</xsl:stylesheet>

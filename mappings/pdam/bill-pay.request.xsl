<?xml version="1.0" encoding="UTF-8"?>
<!-- Canonical payment envelope -> Tirta Benteng POST /tagihan/bayar (payment notification).
     data: {customerId, amount, periods?: ["YYYYMM"], bankReference}. no_ref carries the hub's
     request id, the payment's external id: Tirta Benteng deduplicates on it, so a repeated
     notification answers the first receipt and never pays twice. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xpath-default-namespace="http://www.w3.org/2005/xpath-functions" exclude-result-prefixes="#all">
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:template match="/map">
    <xsl:variable name="data" select="map[@key = 'data']"/>
    <request>
      <no_ref><xsl:value-of select="string[@key = 'requestId']"/></no_ref>
      <cust_id><xsl:value-of select="$data/string[@key = 'customerId']"/></cust_id>
      <xsl:if test="$data/array[@key = 'periods']/string">
        <blth_list>
          <xsl:for-each select="$data/array[@key = 'periods']/string">
            <blth><xsl:value-of select="."/></blth>
          </xsl:for-each>
        </blth_list>
      </xsl:if>
      <jumlah_bayar><xsl:value-of select="$data/number[@key = 'amount']"/></jumlah_bayar>
      <ref_bank><xsl:value-of select="$data/string[@key = 'bankReference']"/></ref_bank>
      <loket><xsl:value-of select="upper-case(map[@key = 'caller']/string[@key = 'site'])"/></loket>
    </request>
  </xsl:template>
</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!--
  Canonical envelope -> Samsat BayarPKB: the collecting bank's payment notification, sent by the
  hub's payment flow once the bank took the money. idTransaksi carries the hub's request id, the
  payment's external id: the host settles each id once and answers a repeat with the same NTPD.
  data: billingCode, amount, bankReference, paidAt (ISO date-time with offset), bankCode (default
  110, Bank BJB, the MPP's collecting bank).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xpath-default-namespace="http://www.w3.org/2005/xpath-functions"
    xmlns:pkb="urn:bapenda-banten:samsat:pkb:1"
    exclude-result-prefixes="#all">
  <xsl:output method="xml" omit-xml-declaration="yes" indent="no"/>

  <xsl:template match="/map">
    <xsl:variable name="data" select="map[@key='data']"/>
    <pkb:BayarPKBRequest>
      <pkb:idTransaksi><xsl:value-of select="string[@key='requestId']"/></pkb:idTransaksi>
      <pkb:kodeBayar><xsl:value-of select="$data/string[@key='billingCode']"/></pkb:kodeBayar>
      <pkb:jumlahBayar><xsl:value-of select="$data/number[@key='amount']"/></pkb:jumlahBayar>
      <pkb:kodeBank><xsl:value-of select="($data/string[@key='bankCode'], '110')[1]"/></pkb:kodeBank>
      <pkb:referensiBank><xsl:value-of select="$data/string[@key='bankReference']"/></pkb:referensiBank>
      <pkb:tanggalBayar><xsl:value-of select="$data/string[@key='paidAt']"/></pkb:tanggalBayar>
      <pkb:kodeKanal><xsl:value-of select="(map[@key='caller']/string[@key='site'], map[@key='caller']/string[@key='clientId'], 'mpp-hub')[1]"/></pkb:kodeKanal>
    </pkb:BayarPKBRequest>
  </xsl:template>
</xsl:stylesheet>
